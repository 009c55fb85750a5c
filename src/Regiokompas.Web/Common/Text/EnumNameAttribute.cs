using System.ComponentModel.DataAnnotations;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Common.Text;

/// <summary>Accepts only the kebab-case names of the given enum, e.g. "running" for ActionStatus.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EnumNameAttribute(Type enumType) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is null) return ValidationResult.Success;
        var names = ((IEnumerable<string>)typeof(EnumNames).GetMethod(nameof(EnumNames.All))!
            .MakeGenericMethod(enumType).Invoke(null, null)!).ToList();
        return names.Contains(value as string ?? "")
            ? ValidationResult.Success
            : new ValidationResult(Texts.Get("validation.unknown-value", value, string.Join(", ", names)), [context.MemberName!]);
    }
}
