using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Regiokompas.Web.Common.Localization;

/// <summary>
/// API problem details in the visitor's language: the framework's default titles per status code,
/// and the English DataAnnotations messages of minimal-API validation (.NET 10 AddValidation has
/// no localisation hook, so its default sentences are recognised and replaced).
/// </summary>
public static partial class ProblemTexts
{
    public static IServiceCollection AddProblemTexts(this IServiceCollection services) =>
        services.PostConfigure<ProblemDetailsOptions>(o =>
        {
            var earlier = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = ctx =>
            {
                earlier?.Invoke(ctx);
                Translate(ctx.ProblemDetails);
            };
        });

    public static void Translate(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        if (problem is HttpValidationProblemDetails validation)
        {
            if (validation.Title is null or "One or more validation errors occurred.") validation.Title = Texts.Get("validation.title");
            foreach (var key in validation.Errors.Keys.ToList())
                validation.Errors[key] = [.. validation.Errors[key].Select(Message)];
        }
        else if (problem.Status is { } status && (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status))
                 && Texts.Has($"problem.{status}"))
            problem.Title = Texts.Get($"problem.{status}");
    }

    /// <summary>"The Text field is required." → "Dit veld is verplicht."; anything else stays as it is.</summary>
    public static string Message(string english)
    {
        foreach (var (pattern, code, order) in Defaults)
        {
            var m = pattern.Match(english);
            if (m.Success) return Texts.Get(code, [.. order.Select(g => (object)m.Groups[g].Value)]);
        }
        return english;
    }

    private static readonly (Regex Pattern, string Code, string[] Args)[] Defaults =
    [
        (Required(), "validation.required", ["f"]),
        (StringLengthRange(), "validation.string-length-range", ["f", "max", "min"]),
        (StringLength(), "validation.string-length", ["f", "max"]),
        (MaxLength(), "validation.max-length", ["f", "max"]),
        (MinLength(), "validation.min-length", ["f", "min"]),
        (Range(), "validation.range", ["f", "min", "max"]),
        (Email(), "validation.email", ["f"]),
        (Url(), "validation.url", ["f"]),
        (Phone(), "validation.phone", ["f"]),
        (Pattern(), "validation.pattern", ["f"]),
    ];

    [GeneratedRegex(@"^The (?<f>.+) field is required\.$")] private static partial Regex Required();
    [GeneratedRegex(@"^The field (?<f>.+) must be a string with a minimum length of (?<min>\d+) and a maximum length of (?<max>\d+)\.$")] private static partial Regex StringLengthRange();
    [GeneratedRegex(@"^The field (?<f>.+) must be a string with a maximum length of (?<max>\d+)\.$")] private static partial Regex StringLength();
    [GeneratedRegex(@"^The field (?<f>.+) must be a string or array type with a maximum length of '(?<max>\d+)'\.$")] private static partial Regex MaxLength();
    [GeneratedRegex(@"^The field (?<f>.+) must be a string or array type with a minimum length of '(?<min>\d+)'\.$")] private static partial Regex MinLength();
    [GeneratedRegex(@"^The field (?<f>.+) must be between (?<min>.+) and (?<max>.+)\.$")] private static partial Regex Range();
    [GeneratedRegex(@"^The (?<f>.+) field is not a valid e-mail address\.$")] private static partial Regex Email();
    [GeneratedRegex(@"^The (?<f>.+) field is not a valid fully-qualified http, https, or ftp URL\.$")] private static partial Regex Url();
    [GeneratedRegex(@"^The (?<f>.+) field is not a valid phone number\.$")] private static partial Regex Phone();
    [GeneratedRegex(@"^The field (?<f>.+) must match the regular expression '.*'\.$")] private static partial Regex Pattern();
}
