using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.Governance;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Modules;
using static Regiokompas.Web.Common.Localization.Ui;

namespace Regiokompas.Web.Common.Audit;

/// <summary>One audit row as people read it: the item by its title, the field in words, values as labels and names.</summary>
public sealed record ReadableAuditLine(DateTime AtUtc, string UserName, string EntityType, string EntityKey, string Operation,
    string Item, string Field, string? OldValue, string? NewValue)
{
    /// <summary>"Status: gepland → loopt".</summary>
    public string Summary => $"{Field}: {OldValue ?? "—"} → {NewValue ?? "—"}";
}

/// <summary>
/// Turns raw audit rows (property names, enum names, ids, keys, GUIDs) into words in the reader's language:
/// "Status: gepland → loopt", organisations and people by name. The stored rows stay as they are.
/// </summary>
public sealed partial class AuditReader(AppDbContext db)
{
    private sealed record Names(
        Dictionary<int, string> OrganisationsById, Dictionary<string, string> OrganisationsByKey,
        Dictionary<int, string> PillarsById, Dictionary<string, string> PillarsByKey,
        Dictionary<int, string> GoalsById, Dictionary<string, string> ResultsByKey, Dictionary<string, string> ActionsByKey,
        Dictionary<string, string> PlansByKey, Dictionary<int, string> ChainsById, Dictionary<string, string> ChainsByKey,
        Dictionary<string, string> TargetGroupsByKey, Dictionary<string, string> Municipalities,
        Dictionary<int, string> BodiesById, Dictionary<string, string> BodiesByKey, Dictionary<string, string> Decisions,
        Dictionary<string, string> Milestones, Dictionary<string, string> Users);

    public async Task<IReadOnlyList<ReadableAuditLine>> ReadAsync(string regionId, IEnumerable<AuditLine> lines, CancellationToken ct)
    {
        var list = lines.ToList();
        if (list.Count == 0) return [];
        var names = await LoadNamesAsync(regionId, UserIdsIn(list).Distinct().ToList(), ct);
        return list.Select(l => new ReadableAuditLine(l.AtUtc, l.UserName, l.EntityType, l.EntityKey, l.Operation,
            ItemName(l.EntityType, l.EntityKey, names), FieldName(l.Field),
            Value(l.EntityType, l.Field, l.OldValue, names), Value(l.EntityType, l.Field, l.NewValue, names))).ToList();
    }

    private static IEnumerable<string> UserIdsIn(List<AuditLine> lines) =>
        lines.Where(l => l.Field.EndsWith("UserId", StringComparison.Ordinal)).SelectMany(l => new[] { l.OldValue, l.NewValue }).OfType<string>();

    private async Task<Names> LoadNamesAsync(string regionId, List<string> userIds, CancellationToken ct)
    {
        var orgs = await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId).Select(o => new { o.Id, o.Key, o.Name }).ToListAsync(ct);
        var pillars = await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId).Select(p => new { p.Id, p.Key, p.Name }).ToListAsync(ct);
        var chains = await db.ChainApproaches.AsNoTracking().Where(c => c.RegionId == regionId).Select(c => new { c.Id, c.Key, c.Name }).ToListAsync(ct);
        var bodies = await db.Set<GovernanceBody>().AsNoTracking().Where(b => b.RegionId == regionId).Select(b => new { b.Id, b.Key, b.Name }).ToListAsync(ct);
        return new Names(
            orgs.ToDictionary(o => o.Id, o => o.Name), orgs.ToDictionary(o => o.Key, o => o.Name),
            pillars.ToDictionary(p => p.Id, p => p.Name), pillars.ToDictionary(p => p.Key, p => p.Name),
            await db.Goals.AsNoTracking().Where(g => g.RegionId == regionId).ToDictionaryAsync(g => g.Id, g => g.Title, ct),
            await db.Results.AsNoTracking().Where(r => r.RegionId == regionId).ToDictionaryAsync(r => r.Key, r => r.Title, ct),
            await db.Actions.AsNoTracking().Where(a => a.RegionId == regionId).ToDictionaryAsync(a => a.Key, a => a.Title, ct),
            await db.TransformationPlans.AsNoTracking().Where(t => t.RegionId == regionId).ToDictionaryAsync(t => t.Key, t => t.Title, ct),
            chains.ToDictionary(c => c.Id, c => c.Name), chains.ToDictionary(c => c.Key, c => c.Name),
            await db.TargetGroups.AsNoTracking().Where(t => t.RegionId == regionId).ToDictionaryAsync(t => t.Key, t => t.Name, ct),
            await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, ct),
            bodies.ToDictionary(b => b.Id, b => b.Name), bodies.ToDictionary(b => b.Key, b => b.Name),
            (await db.Set<Decision>().AsNoTracking().Where(d => d.RegionId == regionId).Select(d => new { d.Id, d.Title }).ToListAsync(ct))
                .ToDictionary(d => d.Id.ToString("N"), d => d.Title),
            (await db.Set<Milestone>().AsNoTracking().Where(m => m.RegionId == regionId).Select(m => new { m.Id, m.Title }).ToListAsync(ct))
                .ToDictionary(m => m.Id.ToString("N"), m => m.Title),
            await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct));
    }

    private static string ItemName(string entityType, string key, Names n)
    {
        var parts = key.Split('/');
        string? name = entityType switch
        {
            nameof(PlanAction) => n.ActionsByKey.GetValueOrDefault(key),
            nameof(PlanResult) => n.ResultsByKey.GetValueOrDefault(key),
            nameof(Pillar) => n.PillarsByKey.GetValueOrDefault(key),
            nameof(Organisation) => n.OrganisationsByKey.GetValueOrDefault(key),
            nameof(TransformationPlan) => n.PlansByKey.GetValueOrDefault(key),
            nameof(ChainApproach) => n.ChainsByKey.GetValueOrDefault(key),
            nameof(ProgressNote) when parts.Length == 2 && n.ActionsByKey.TryGetValue(parts[0], out var action) =>
                T($"voortgang {action}", $"progress {action}") + (DateOnly.TryParse(parts[1], CultureInfo.InvariantCulture, out var d) ? ", " + Date(d) : ""),
            nameof(ChainRollout) when parts.Length == 2 =>
                $"{n.ChainsByKey.GetValueOrDefault(parts[0], parts[0])} · {n.Municipalities.GetValueOrDefault(parts[1], parts[1])}",
            nameof(GovernanceBody) => n.BodiesByKey.GetValueOrDefault(key),
            nameof(Meeting) when parts.Length == 2 => T("vergadering ", "meeting ") + n.BodiesByKey.GetValueOrDefault(parts[0], parts[0]),
            nameof(Decision) => n.Decisions.GetValueOrDefault(key),
            nameof(Objection) when parts.Length == 2 && n.Decisions.TryGetValue(parts[0], out var decision) => T($"bezwaar {parts[1]} bij {decision}", $"objection {parts[1]} to {decision}"),
            nameof(Milestone) => n.Milestones.GetValueOrDefault(key),
            _ => null,
        };
        return name ?? key;
    }

    /// <summary>Property names in words; unknown ones are split at capitals ("ArrivedAtUtc" → "arrived at").</summary>
    public static string FieldName(string field) => field switch
    {
        "*" => T("alles", "everything"),
        "Title" or "Name" => T("Titel", "Title"),
        "Description" => T("Toelichting", "Description"),
        "Status" => T("Status", "Status"),
        "Start" => T("Startdatum", "Start date"),
        "Due" => T("Einddatum", "Due date"),
        "Deadline" => "Deadline",
        "OwnerId" => T("Eigenaar", "Owner"),
        "PillarId" or "PillarKey" => T("Pijler", "Pillar"),
        "GoalId" => T("Doel", "Goal"),
        "ActionKey" => T("Actie", "Action"),
        "PartnerKeys" => T("Partners", "Partners"),
        "LeadKeys" => T("Trekkers", "Leads"),
        "MemberKeys" or "MemberOrganisationKeys" => T("Deelnemende organisaties", "Member organisations"),
        "ApplicantKeys" => T("Aanvragers", "Applicants"),
        "OrganisationKeys" => T("Organisaties", "Organisations"),
        "PillarKeys" => T("Pijlers", "Pillars"),
        "LinkKeys" => T("Verbonden pijlers", "Linked pillars"),
        "ResultKeys" => T("Resultaten", "Results"),
        "TargetGroupKeys" => T("Doelgroepen", "Target groups"),
        "MunicipalityCodes" => T("Gemeenten", "Municipalities"),
        "MunicipalityCode" => T("Gemeente", "Municipality"),
        "TargetValue" => T("Streefwaarde", "Target value"),
        "TargetUnit" => T("Eenheid", "Unit"),
        "TargetNote" => T("Toelichting streefwaarde", "Target note"),
        "BaselineValue" => T("Uitgangswaarde", "Baseline"),
        "BaselineDate" => T("Datum uitgangswaarde", "Baseline date"),
        "Budget" => T("Gevraagd budget", "Requested budget"),
        "GrantedBudget" => T("Toegekend budget", "Granted budget"),
        "FundingRoute" => T("Financieringsroute", "Funding route"),
        "QuickCheckOn" => T("Datum snelle toets", "Quick check date"),
        "SubmittedOn" => T("Datum indiening", "Submission date"),
        "DecisionOn" => T("Datum besluit", "Decision date"),
        "StartOn" => T("Startdatum", "Start date"),
        "EndOn" => T("Einddatum", "End date"),
        "Allocated" => T("Toegekend", "Allocated"),
        "Committed" => T("Verplicht", "Committed"),
        "Spent" => T("Besteed", "Spent"),
        "Date" => T("Datum", "Date"),
        "Note" or "Text" => T("Notitie", "Note"),
        "Author" => T("Auteur", "Author"),
        "AuthorOrganisationId" or "OrganisationId" => T("Organisatie", "Organisation"),
        "Kind" => T("Soort", "Kind"),
        "Type" => T("Soort", "Type"),
        "Chair" => T("Voorzitter", "Chair"),
        "Secretary" => T("Secretaris", "Secretary"),
        "Mandate" => T("Mandaat", "Mandate"),
        "MemberNames" => T("Leden", "Members"),
        "ContactRole" => T("Contactpersoon (rol)", "Contact (role)"),
        "ContactEmail" => T("E-mail contact", "Contact e-mail"),
        "PublicContactName" => T("Publiek contactpersoon", "Public contact"),
        "Active" => T("Actief", "Active"),
        "Fictitious" => T("Fictief (demo)", "Fictitious (demo)"),
        "StartsAtUtc" => T("Begint", "Starts"),
        "EndsAtUtc" => T("Eindigt", "Ends"),
        "Location" => T("Plaats", "Place"),
        "VideoLink" => T("Videolink", "Video link"),
        "Minutes" => T("Verslag", "Minutes"),
        "Proposal" => T("Voorstel", "Proposal"),
        "AmendedProposal" => T("Aangepast voorstel", "Amended proposal"),
        "ProposedBy" => T("Voorgesteld door", "Proposed by"),
        "DecidedOn" => T("Besloten op", "Decided on"),
        "WithdrawalReason" => T("Reden intrekken", "Reason for withdrawal"),
        "HowMet" => T("Hoe tegemoetgekomen", "How met"),
        "RaisedBy" => T("Bezwaar van", "Objection by"),
        "DoneOn" => T("Gehaald op", "Reached on"),
        "FollowUpNote" => T("Opvolging", "Follow-up"),
        "FollowUpOn" => T("Datum opvolging", "Follow-up date"),
        "AddressedTo" => T("Gericht aan", "Addressed to"),
        "UpdatedAtUtc" => T("Bijgewerkt", "Updated"),
        "Website" => "Website",
        "RetiredAtUtc" => T("Ingetrokken op", "Retired on"),
        "SortOrder" => T("Volgorde", "Order"),
        "Contact" => T("Contact", "Contact"),
        // Plan versions compare plan files, whose field names are camelCase.
        "title" or "name" => T("Titel", "Title"),
        "description" => T("Toelichting", "Description"),
        "deadline" => "Deadline",
        "owner" => T("Eigenaar", "Owner"),
        "start" => T("Startdatum", "Start date"),
        "due" => T("Einddatum", "Due date"),
        "status" => T("Status", "Status"),
        "municipalities" => T("Gemeenten", "Municipalities"),
        "links" => T("Verbonden pijlers", "Linked pillars"),
        "contact" => T("Contact", "Contact"),
        _ => Words(field),
    };

    private static string Words(string field)
    {
        var trimmed = field.EndsWith("Utc", StringComparison.Ordinal) ? field[..^3] : field;
        var spaced = Capital().Replace(trimmed, " $1").Trim().ToLowerInvariant();
        return spaced.Length == 0 ? field : char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    private string? Value(string entityType, string field, string? raw, Names n)
    {
        if (raw is null) return null;
        if (field == "*") return Snapshot(entityType, raw, n);
        string Org(string id) => int.TryParse(id, CultureInfo.InvariantCulture, out var i) && n.OrganisationsById.TryGetValue(i, out var name) ? name : id;
        string List(string value, Dictionary<string, string> names) =>
            string.Join(", ", value.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(k => names.GetValueOrDefault(k, k)));
        switch (field)
        {
            case "OwnerId" or "AuthorOrganisationId" or "OrganisationId": return Org(raw);
            case "PillarId": return int.TryParse(raw, CultureInfo.InvariantCulture, out var p) ? n.PillarsById.GetValueOrDefault(p, raw) : raw;
            case "GoalId": return int.TryParse(raw, CultureInfo.InvariantCulture, out var g) ? n.GoalsById.GetValueOrDefault(g, raw) : raw;
            case "ChainApproachId": return int.TryParse(raw, CultureInfo.InvariantCulture, out var c) ? n.ChainsById.GetValueOrDefault(c, raw) : raw;
            case "BodyId": return int.TryParse(raw, CultureInfo.InvariantCulture, out var b) ? n.BodiesById.GetValueOrDefault(b, raw) : raw;
            case var f when f.EndsWith("UserId", StringComparison.Ordinal): return n.Users.GetValueOrDefault(raw, T("een gebruiker", "a user"));
            case "PartnerKeys" or "LeadKeys" or "MemberKeys" or "MemberOrganisationKeys" or "ApplicantKeys" or "OrganisationKeys": return List(raw, n.OrganisationsByKey);
            case "PillarKeys" or "LinkKeys" or "PillarKey": return List(raw, n.PillarsByKey);
            case "ResultKeys": return List(raw, n.ResultsByKey);
            case "ActionKey": return n.ActionsByKey.GetValueOrDefault(raw, raw);
            case "BodyKey": return n.BodiesByKey.GetValueOrDefault(raw, raw);
            case "ApproachKey": return n.ChainsByKey.GetValueOrDefault(raw, raw);
            case "TargetGroupKeys": return List(raw, n.TargetGroupsByKey);
            case "MunicipalityCodes" or "MunicipalityCode": return List(raw, n.Municipalities);
            case "PlanItemKey": return n.ResultsByKey.GetValueOrDefault(raw) ?? n.ActionsByKey.GetValueOrDefault(raw) ?? n.PillarsByKey.GetValueOrDefault(raw) ?? n.PlansByKey.GetValueOrDefault(raw, raw);
        }
        var type = PropertyType(entityType, field);
        if (type is null) return raw;
        if (type.IsEnum) return Enum.TryParse(type, raw, out var e) ? EnumLabel((Enum)e!) : raw;
        if (type == typeof(bool)) return raw == "True" ? T("ja", "yes") : raw == "False" ? T("nee", "no") : raw;
        if (type == typeof(DateOnly)) return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Date(d) : raw;
        if (type == typeof(DateTime)) return DateTime.TryParseExact(raw, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? DateTimeLocal(t) : raw;
        if (type == typeof(decimal) && decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var m))
            return "€ " + m.ToString("N0", Localization.Texts.IsEnglish ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("nl-NL"));
        return raw;
    }

    /// <summary>A created or deleted row: "Status=Planned; Title=…" in words.</summary>
    private string Snapshot(string entityType, string raw, Names n) =>
        string.Join("; ", raw.Split("; ").Select(part => part.IndexOf('=') is var i and > 0
            ? $"{FieldName(part[..i])}: {Value(entityType, part[..i], part[(i + 1)..], n)}" : part));

    public static string EnumLabel(Enum value) => value switch
    {
        ActionStatus s => Label(s),
        PillarKind k => Label(k),
        TransformationPlanStatus s => Label(s),
        FundingRoute f => Label(f),
        RolloutStatus r => Label(r),
        OrganisationType o => Label(o),
        BudgetFund.SpukIza => "SPUK IZA",
        BudgetFund.Gala => "GALA",
        BudgetPart.Coordination => T("coördinatie", "coordination"),
        BudgetPart.Execution => T("uitvoering", "execution"),
        _ => AppModules.All.Select(m => m.LabelOf(value)).FirstOrDefault(l => l is not null) ?? Words(value.ToString()).ToLowerInvariant(),
    };

    private static readonly Dictionary<string, Type> EntityTypes = typeof(PlanAction).Assembly.GetTypes()
        .Concat(typeof(AuditReader).Assembly.GetTypes())
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Domain.Common.IAudited).IsAssignableFrom(t))
        .GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());

    private static Type? PropertyType(string entityType, string field) =>
        EntityTypes.TryGetValue(entityType, out var type) && type.GetProperty(field, BindingFlags.Public | BindingFlags.Instance) is { } p
            ? Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType : null;

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Capital();
}
