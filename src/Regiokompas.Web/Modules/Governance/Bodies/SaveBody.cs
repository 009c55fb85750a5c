using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Common;
using Regiokompas.Domain.Governance;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Modules.Plan;
using Regiokompas.Web.Modules.Plan.PlanFiles;

namespace Regiokompas.Web.Modules.Governance.Bodies;

/// <summary>A body as the coordinator enters it. On edit, Version is the one read; lists replace what was there.</summary>
public sealed class SaveBodyRequest
{
    public int? Version { get; set; }
    [Required(ErrorMessage = "Geef het overlegorgaan een naam."), StringLength(200, MinimumLength = 2, ErrorMessage = "Een naam is 2 tot 200 tekens.")]
    public string? Name { get; set; }
    [Required(ErrorMessage = "Kies de soort overleg."), EnumName(typeof(BodyKind))] public string? Kind { get; set; }
    [StringLength(4000, ErrorMessage = "Het mandaat is hoogstens 4000 tekens.")] public string? Mandate { get; set; }
    [StringLength(200, ErrorMessage = "Hoogstens 200 tekens.")] public string? Chair { get; set; }
    [StringLength(200, ErrorMessage = "Hoogstens 200 tekens.")] public string? Secretary { get; set; }
    public List<string> MemberOrganisations { get; set; } = [];
    [MaxLength(100, ErrorMessage = "Hoogstens 100 namen.")] public List<string> MemberNames { get; set; } = [];
    [StringLength(200, ErrorMessage = "Hoogstens 200 tekens.")] public string? ContactRole { get; set; }
    [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres."), StringLength(254)] public string? ContactEmail { get; set; }
    [StringLength(200, ErrorMessage = "Hoogstens 200 tekens.")] public string? PublicContactName { get; set; }
    public List<string> Pillars { get; set; } = [];
    public bool Active { get; set; } = true;
}

public sealed class SaveBodyHandler(AppDbContext db, PlanQueries plan)
{
    public async Task<BodyView?> CreateAsync(string regionId, SaveBodyRequest request, Actor actor, GovernanceQueries queries, CancellationToken ct)
    {
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        if (!await queries.RegionExistsAsync(regionId, ct)) return null;
        var key = Slug(request.Name!);
        if (await db.Set<GovernanceBody>().AnyAsync(b => b.RegionId == regionId && b.Key == key, ct))
            throw new RuleViolation("governance.body-key-taken", request.Name!.Trim());
        var body = new GovernanceBody { RegionId = regionId, Key = key, Name = request.Name!.Trim() };
        await ApplyAsync(body, request, ct);
        db.Add(body);
        await db.SaveChangesAsync(ct);
        return await queries.GetBodyAsync(regionId, key, includePrivate: true, ct);
    }

    public async Task<BodyView?> EditAsync(string regionId, string key, SaveBodyRequest request, Actor actor, GovernanceQueries queries, CancellationToken ct)
    {
        GovernanceEditSupport.EnsureMayManage(actor, regionId);
        var body = await db.Set<GovernanceBody>().SingleOrDefaultAsync(b => b.RegionId == regionId && b.Key == key, ct);
        if (body is null) return null;
        var before = await queries.GetBodyAsync(regionId, key, includePrivate: true, ct);
        await GovernanceEditSupport.GuardVersionAsync(db, body, request.Version ?? -1, () => before!, ct);
        body.Name = request.Name!.Trim();
        await ApplyAsync(body, request, ct);
        await db.SaveChangesAsync(ct);
        return await queries.GetBodyAsync(regionId, key, includePrivate: true, ct);
    }

    private async Task ApplyAsync(GovernanceBody body, SaveBodyRequest r, CancellationToken ct)
    {
        var items = await plan.GetPlanItemRefsAsync(body.RegionId, ct);
        var pillars = items.Where(i => i.Kind == "pillar").Select(i => i.Key).ToHashSet();
        var orgs = (await plan.GetOrganisationRefsAsync(body.RegionId, ct)).Select(o => o.Key).ToHashSet();
        var pillarKeys = Clean(r.Pillars);
        var orgKeys = Clean(r.MemberOrganisations);
        if (pillarKeys.FirstOrDefault(k => !pillars.Contains(k)) is { } badPillar) throw new RuleViolation("governance.pillar-unknown", badPillar);
        if (orgKeys.FirstOrDefault(k => !orgs.Contains(k)) is { } badOrg) throw new RuleViolation("governance.organisation-unknown", badOrg);
        var names = Clean(r.MemberNames);
        if (names.Any(n => n.Length > 200)) throw new RuleViolation("governance.text-too-long", 200);
        body.Kind = EnumNames.Parse<BodyKind>(r.Kind!);
        body.Mandate = Trim(r.Mandate);
        body.Chair = Trim(r.Chair);
        body.Secretary = Trim(r.Secretary);
        body.ContactRole = Trim(r.ContactRole);
        body.ContactEmail = Trim(r.ContactEmail);
        body.PublicContactName = Trim(r.PublicContactName);
        // Lists are compared by content, so an unchanged list writes no audit row.
        if (!body.MemberOrganisationKeys.SequenceEqual(orgKeys)) body.MemberOrganisationKeys = orgKeys;
        if (!body.MemberNames.SequenceEqual(names)) body.MemberNames = names;
        if (!body.PillarKeys.SequenceEqual(pillarKeys)) body.PillarKeys = pillarKeys;
        body.Active = r.Active;
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    private static List<string> Clean(IEnumerable<string>? list) =>
        (list ?? []).SelectMany(s => (s ?? "").Split('\n')).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();

    /// <summary>A readable URL key from the name: "Bestuurlijk Overleg" → "bestuurlijk-overleg".</summary>
    public static string Slug(string name)
    {
        var normalized = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '/') && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 80) slug = slug[..80].Trim('-');
        // "bewerken" is a page under /regiotafel, so a body cannot take it as its key.
        return slug.Length == 0 || slug == "bewerken" ? "orgaan-" + slug : slug;
    }
}
