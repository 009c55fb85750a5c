using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regiokompas.Web.Modules.CareDirectory.Hsds;

// HSDS 3.0 objects as the API writes them. Property names follow the spec through the snake_case
// policy; absent values are left out, because the schemas type them as plain strings, not nullable.

public static class HsdsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

public sealed record HsdsBase(string Version, string Profile, string OpenapiUrl);

public sealed record HsdsPage<T>(
    int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public sealed class HsdsService
{
    public required string Id { get; init; }
    public string? OrganizationId { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public required string Status { get; init; }
    public string? ApplicationProcess { get; init; }
    public string? FeesDescription { get; init; }
    public string? WaitTime { get; init; }
    public string? EligibilityDescription { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public string? AssuredDate { get; init; }
    public string? AssurerEmail { get; init; }
    public string? Alert { get; init; }
    public string? LastModified { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsSchedule>? Schedules { get; init; }
    public IReadOnlyList<HsdsServiceArea>? ServiceAreas { get; init; }
    public IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }
    public IReadOnlyList<HsdsLanguage>? Languages { get; init; }
    public HsdsOrganization? Organization { get; init; }
    public IReadOnlyList<HsdsCostOption>? CostOptions { get; init; }
    public IReadOnlyList<HsdsAttribute>? Attributes { get; init; }
}

public sealed class HsdsOrganization
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public required string Description { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsOrganizationIdentifier>? OrganizationIdentifiers { get; init; }
    public IReadOnlyList<HsdsLocation>? Locations { get; init; }
    public IReadOnlyList<HsdsService>? Services { get; init; }
}

public sealed record HsdsOrganizationIdentifier(string Id, string? OrganizationId, string? IdentifierScheme, string IdentifierType, string Identifier);

public sealed class HsdsLocation
{
    public required string Id { get; init; }
    public required string LocationType { get; init; }
    public string? OrganizationId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Transportation { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? ExternalIdentifier { get; init; }
    public string? ExternalIdentifierType { get; init; }
    public IReadOnlyList<HsdsAddress>? Addresses { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsAccessibility>? Accessibility { get; init; }
}

public sealed record HsdsAccessibility(string Id, string? LocationId, string? Description);

public sealed record HsdsAddress(
    string Id, string? LocationId, string? Attention,
    [property: JsonPropertyName("address_1")] string Address1, [property: JsonPropertyName("address_2")] string? Address2, string City, string? Region,
    string StateProvince, string PostalCode, string Country, string AddressType);

public sealed record HsdsPhone(string Id, string Number, string? Type, string? Description, string? ServiceId = null, string? OrganizationId = null, string? LocationId = null);

public sealed class HsdsSchedule
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? ServiceAtLocationId { get; init; }
    public string? Freq { get; init; }
    public string? Byday { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public string? Description { get; init; }
}

public sealed record HsdsServiceArea(string Id, string? ServiceId, string? Name, string? Description, string? Uri);

public sealed record HsdsLanguage(string Id, string? ServiceId, string? Name, string? Code, string? Note);

public sealed record HsdsCostOption(string Id, string? ServiceId, string? Option, string? Currency, double? Amount, string? AmountDescription);

public sealed class HsdsServiceAtLocation
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? LocationId { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<HsdsSchedule>? Schedules { get; init; }
    public HsdsLocation? Location { get; init; }
    public HsdsService? Service { get; init; }
}

public sealed record HsdsAttribute(string Id, string? LinkId, string? LinkType, string? LinkEntity, string? TaxonomyTermId, string? Value, HsdsTaxonomyTerm? TaxonomyTerm);

public sealed class HsdsTaxonomyTerm
{
    public required string Id { get; init; }
    public string? Code { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? ParentId { get; init; }
    public string? TaxonomyId { get; init; }
    public string? Language { get; init; }
    public string? TermUri { get; init; }
    public HsdsTaxonomy? TaxonomyDetail { get; init; }
}

public sealed record HsdsTaxonomy(string Id, string Name, string Description, string? Uri, string? Version);
