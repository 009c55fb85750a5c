using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Regiokompas.Web.Common.Localization;

public static class TextSetup
{
    /// <summary>Dutch (or English) validation and model-binding messages on pages instead of ASP.NET's English defaults.</summary>
    public static IServiceCollection AddAppTexts(this IServiceCollection services)
    {
        services.AddProblemTexts();
        // PostConfigure: after MVC has added its own DataAnnotations provider, whose implicit [Required] we also translate.
        services.PostConfigure<MvcOptions>(o =>
        {
            o.ModelMetadataDetailsProviders.Add(new TranslatedValidationMetadataProvider());
            var m = o.ModelBindingMessageProvider;
            m.SetValueIsInvalidAccessor(v => Texts.Get("validation.value-invalid", v));
            m.SetAttemptedValueIsInvalidAccessor((v, _) => Texts.Get("validation.value-invalid", v));
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => Texts.Get("validation.value-invalid", v));
            m.SetUnknownValueIsInvalidAccessor(_ => Texts.Get("validation.invalid"));
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => Texts.Get("validation.invalid"));
            m.SetValueMustNotBeNullAccessor(_ => Texts.Get("validation.required"));
            m.SetMissingBindRequiredValueAccessor(_ => Texts.Get("validation.value-missing"));
            m.SetMissingKeyOrValueAccessor(() => Texts.Get("validation.value-missing"));
            m.SetMissingRequestBodyRequiredValueAccessor(() => Texts.Get("validation.body-missing"));
            m.SetValueMustBeANumberAccessor(_ => Texts.Get("validation.not-a-number"));
            m.SetNonPropertyValueMustBeANumberAccessor(() => Texts.Get("validation.not-a-number"));
        });
        return services;
    }
}

/// <summary>
/// Points every DataAnnotations attribute that has no message of its own at a ValidationTexts
/// property. The property is read at each validation, so the visitor's language applies.
/// </summary>
public sealed class TranslatedValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (!HasDefaultMessage(attribute)) continue;
            attribute.ErrorMessageResourceType = typeof(ValidationTexts);
            attribute.ErrorMessageResourceName = attribute switch
            {
                RequiredAttribute => nameof(ValidationTexts.Required),
                StringLengthAttribute { MinimumLength: > 0 } => nameof(ValidationTexts.StringLengthRange),
                StringLengthAttribute => nameof(ValidationTexts.StringLength),
                MaxLengthAttribute => nameof(ValidationTexts.MaxLength),
                MinLengthAttribute => nameof(ValidationTexts.MinLength),
                RangeAttribute => nameof(ValidationTexts.Range),
                EmailAddressAttribute => nameof(ValidationTexts.Email),
                UrlAttribute => nameof(ValidationTexts.Url),
                PhoneAttribute => nameof(ValidationTexts.Phone),
                RegularExpressionAttribute => nameof(ValidationTexts.Pattern),
                CompareAttribute => nameof(ValidationTexts.Compare),
                _ => nameof(ValidationTexts.Invalid),
            };
        }
    }

    // [EmailAddress] and kin report their English default as ErrorMessage; a fresh instance tells it from one a developer wrote.
    private static bool HasDefaultMessage(ValidationAttribute a) =>
        a.ErrorMessageResourceName is null
        && (a.ErrorMessage is null
            || (a.GetType().GetConstructor(Type.EmptyTypes) is not null && Activator.CreateInstance(a.GetType()) is ValidationAttribute fresh && fresh.ErrorMessage == a.ErrorMessage));
}

/// <summary>Message templates for DataAnnotations ({0} field, {1} and {2} the attribute's limits).</summary>
public static class ValidationTexts
{
    public static string Required => Texts.Get("validation.required");
    public static string StringLength => Escaped("validation.string-length");
    public static string StringLengthRange => Escaped("validation.string-length-range");
    public static string MaxLength => Escaped("validation.max-length");
    public static string MinLength => Escaped("validation.min-length");
    public static string Range => Escaped("validation.range");
    public static string Email => Texts.Get("validation.email");
    public static string Url => Texts.Get("validation.url");
    public static string Phone => Texts.Get("validation.phone");
    public static string Pattern => Texts.Get("validation.pattern");
    public static string Compare => Texts.Get("validation.compare");
    public static string Invalid => Texts.Get("validation.invalid");

    // The attribute fills in the placeholders itself, so the template is returned unformatted.
    private static string Escaped(string code) => Texts.Both(code) is { } t ? (Texts.IsEnglish ? t.En : t.Nl) : code;
}
