using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Localization;

namespace Regiokompas.Web.Modules.CareDirectory;

public sealed record FormError(string FieldId, string Message);

/// <summary>
/// A form's problems in the registry's words, in form order, for the error summary at the top and the
/// message at each field. ASP.NET's own (English) validation texts never reach the page.
/// </summary>
public sealed class FormErrors
{
    private readonly List<FormError> _errors = [];
    public IReadOnlyList<FormError> All => _errors;
    public int Count => _errors.Count;

    /// <summary>The summary's heading when "Er is een probleem" is not specific enough (a page with more than one form).</summary>
    public string? Title { get; init; }

    public string? Of(string fieldId) => _errors.Where(e => e.FieldId == fieldId).Select(e => e.Message).FirstOrDefault();

    public void Add(string fieldId, string message)
    {
        if (Of(fieldId) is null) _errors.Add(new FormError(fieldId, message));
    }

    /// <summary>A field the binder marked invalid gets the given Dutch text.</summary>
    public void FromModelState(ModelStateDictionary state, string key, string message)
    {
        if (state.GetFieldValidationState(key) == ModelValidationState.Invalid) Add(key.Replace('.', '_'), message);
    }

    /// <summary>A broken rule goes to the field it is about, or to the first field.</summary>
    public void Add(RuleViolation e, IReadOnlyDictionary<string, string> fieldOfCode, string fallbackField) =>
        Add(fieldOfCode.GetValueOrDefault(e.Code) ?? fallbackField, Texts.Get(e.Code, e.Arguments));

    /// <summary>Fields the contact rules are about, by the rule's code.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContactFields = new Dictionary<string, string>
    {
        ["caredirectory.municipality-unknown"] = "Input_Contact_MunicipalityCode",
        ["caredirectory.address-incomplete"] = "Input_Contact_Street",
        ["caredirectory.postcode-invalid"] = "Input_Contact_PostalCode",
        ["caredirectory.phone-invalid"] = "Input_Contact_Phone",
        ["caredirectory.day-unknown"] = "Input_Contact_OpensAt",
        ["caredirectory.time-invalid"] = "Input_Contact_OpensAt",
        ["caredirectory.hours-incomplete"] = "Input_Contact_OpensAt",
        ["caredirectory.hours-need-days"] = "Input_Contact_OpensAt",
        ["caredirectory.closes-before-opens"] = "Input_Contact_ClosesAt",
        ["caredirectory.name-required"] = "Input_Name",
        ["caredirectory.name-too-long"] = "Input_Name",
        ["caredirectory.summary-too-long"] = "Input_Summary",
        ["caredirectory.age-out-of-range"] = "Input_MinimumAge",
        ["caredirectory.age-range-invalid"] = "Input_MinimumAge",
        ["caredirectory.unknown-theme"] = "Input_Name",
    };
}

/// <summary>What _Field.cshtml draws: the name binds, the id links the error summary to the field.</summary>
public sealed record FieldModel(FormErrors Errors, string Name, string Label, string? Value, string? Hint = null, int MaxLength = 200,
    string Type = "text", bool Multiline = false, string? Autocomplete = null)
{
    public string Id => Name.Replace('.', '_');
}

public sealed record InitiativeFieldsModel(FormErrors Errors, Services.ProposeInitiativeRequest Input);

public sealed record ContactFieldsModel(FormErrors Errors, Services.ServiceContactInput Contact);
