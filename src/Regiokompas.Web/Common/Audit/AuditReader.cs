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
    /// <summary>The kinds of names a raw audit value can stand for.</summary>
    private enum Kind { OrganisationId, Organisation, PillarId, Pillar, GoalId, Result, Action, Plan, ChainId, Chain, TargetGroup, Municipality, BodyId, Body, Decision, Milestone, User }

    /// <summary>
    /// Names looked up while reading the lines. The lines are read twice: the first pass only notes which ids and keys
    /// they mention, then just those names are loaded, and the second pass writes the words.
    /// </summary>
    private sealed class Names
    {
        private readonly Dictionary<Kind, HashSet<string>> wanted = [];
        private readonly Dictionary<(Kind, string), string> found = [];
        private bool loaded;

        public string? Get(Kind kind, string key)
        {
            if (loaded) return found.GetValueOrDefault((kind, key));
            if (!wanted.TryGetValue(kind, out var keys)) wanted[kind] = keys = new HashSet<string>(StringComparer.Ordinal);
            keys.Add(key);
            return null;
        }

        public async Task LoadAsync(AppDbContext db, string regionId, CancellationToken ct)
        {
            List<string> Keys(Kind kind) => wanted.TryGetValue(kind, out var keys) ? [.. keys] : [];
            List<int> Ids(Kind kind) => Keys(kind).Select(k => int.TryParse(k, CultureInfo.InvariantCulture, out var i) ? i : (int?)null).OfType<int>().ToList();
            List<Guid> Guids(Kind kind) => Keys(kind).Select(k => Guid.TryParseExact(k, "N", out var g) ? g : (Guid?)null).OfType<Guid>().ToList();
            void Add<TKey>(Kind kind, IEnumerable<(TKey Key, string Name)> rows, Func<TKey, string> text)
            {
                foreach (var (key, name) in rows) found[(kind, text(key))] = name;
            }
            static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
            static string Same(string key) => key;

            if (Ids(Kind.OrganisationId) is { Count: > 0 } orgIds)
                Add(Kind.OrganisationId, (await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId && orgIds.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)), Id);
            if (Keys(Kind.Organisation) is { Count: > 0 } orgKeys)
                Add(Kind.Organisation, (await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId && orgKeys.Contains(o.Key)).Select(o => new { o.Key, o.Name }).ToListAsync(ct)).Select(o => (o.Key, o.Name)), Same);
            if (Ids(Kind.PillarId) is { Count: > 0 } pillarIds)
                Add(Kind.PillarId, (await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId && pillarIds.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name)), Id);
            if (Keys(Kind.Pillar) is { Count: > 0 } pillarKeys)
                Add(Kind.Pillar, (await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId && pillarKeys.Contains(p.Key)).Select(p => new { p.Key, p.Name }).ToListAsync(ct)).Select(p => (p.Key, p.Name)), Same);
            if (Ids(Kind.GoalId) is { Count: > 0 } goalIds)
                Add(Kind.GoalId, (await db.Goals.AsNoTracking().Where(g => g.RegionId == regionId && goalIds.Contains(g.Id)).Select(g => new { g.Id, g.Title }).ToListAsync(ct)).Select(g => (g.Id, g.Title)), Id);
            if (Keys(Kind.Result) is { Count: > 0 } resultKeys)
                Add(Kind.Result, (await db.Results.AsNoTracking().Where(r => r.RegionId == regionId && resultKeys.Contains(r.Key)).Select(r => new { r.Key, r.Title }).ToListAsync(ct)).Select(r => (r.Key, r.Title)), Same);
            if (Keys(Kind.Action) is { Count: > 0 } actionKeys)
                Add(Kind.Action, (await db.Actions.AsNoTracking().Where(a => a.RegionId == regionId && actionKeys.Contains(a.Key)).Select(a => new { a.Key, a.Title }).ToListAsync(ct)).Select(a => (a.Key, a.Title)), Same);
            if (Keys(Kind.Plan) is { Count: > 0 } planKeys)
                Add(Kind.Plan, (await db.TransformationPlans.AsNoTracking().Where(t => t.RegionId == regionId && planKeys.Contains(t.Key)).Select(t => new { t.Key, t.Title }).ToListAsync(ct)).Select(t => (t.Key, t.Title)), Same);
            if (Ids(Kind.ChainId) is { Count: > 0 } chainIds)
                Add(Kind.ChainId, (await db.ChainApproaches.AsNoTracking().Where(c => c.RegionId == regionId && chainIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)), Id);
            if (Keys(Kind.Chain) is { Count: > 0 } chainKeys)
                Add(Kind.Chain, (await db.ChainApproaches.AsNoTracking().Where(c => c.RegionId == regionId && chainKeys.Contains(c.Key)).Select(c => new { c.Key, c.Name }).ToListAsync(ct)).Select(c => (c.Key, c.Name)), Same);
            if (Keys(Kind.TargetGroup) is { Count: > 0 } groupKeys)
                Add(Kind.TargetGroup, (await db.TargetGroups.AsNoTracking().Where(t => t.RegionId == regionId && groupKeys.Contains(t.Key)).Select(t => new { t.Key, t.Name }).ToListAsync(ct)).Select(t => (t.Key, t.Name)), Same);
            if (Keys(Kind.Municipality) is { Count: > 0 } codes)
                Add(Kind.Municipality, (await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code)).Select(m => new { m.Code, m.Name }).ToListAsync(ct)).Select(m => (m.Code, m.Name)), Same);
            if (Ids(Kind.BodyId) is { Count: > 0 } bodyIds)
                Add(Kind.BodyId, (await db.Set<GovernanceBody>().AsNoTracking().Where(b => b.RegionId == regionId && bodyIds.Contains(b.Id)).Select(b => new { b.Id, b.Name }).ToListAsync(ct)).Select(b => (b.Id, b.Name)), Id);
            if (Keys(Kind.Body) is { Count: > 0 } bodyKeys)
                Add(Kind.Body, (await db.Set<GovernanceBody>().AsNoTracking().Where(b => b.RegionId == regionId && bodyKeys.Contains(b.Key)).Select(b => new { b.Key, b.Name }).ToListAsync(ct)).Select(b => (b.Key, b.Name)), Same);
            if (Guids(Kind.Decision) is { Count: > 0 } decisionIds)
                Add(Kind.Decision, (await db.Set<Decision>().AsNoTracking().Where(d => d.RegionId == regionId && decisionIds.Contains(d.Id)).Select(d => new { d.Id, d.Title }).ToListAsync(ct)).Select(d => (d.Id, d.Title)), g => g.ToString("N"));
            if (Guids(Kind.Milestone) is { Count: > 0 } milestoneIds)
                Add(Kind.Milestone, (await db.Set<Milestone>().AsNoTracking().Where(m => m.RegionId == regionId && milestoneIds.Contains(m.Id)).Select(m => new { m.Id, m.Title }).ToListAsync(ct)).Select(m => (m.Id, m.Title)), g => g.ToString("N"));
            if (Keys(Kind.User) is { Count: > 0 } userIds)
                Add(Kind.User, (await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct)).Select(u => (u.Id, u.DisplayName)), Same);
            loaded = true;
        }
    }

    public async Task<IReadOnlyList<ReadableAuditLine>> ReadAsync(string regionId, IEnumerable<AuditLine> lines, CancellationToken ct)
    {
        var list = lines.ToList();
        if (list.Count == 0) return [];
        var names = new Names();
        foreach (var l in list) Read(l, names);     // first pass: note the names the lines mention
        await names.LoadAsync(db, regionId, ct);
        return list.Select(l => Read(l, names)).ToList();
    }

    private ReadableAuditLine Read(AuditLine l, Names names) => new(l.AtUtc, l.UserName, l.EntityType, l.EntityKey, l.Operation,
        ItemName(l.EntityType, l.EntityKey, names), FieldName(l.Field),
        Value(l.EntityType, l.Field, l.OldValue, names), Value(l.EntityType, l.Field, l.NewValue, names));

    private static string ItemName(string entityType, string key, Names n)
    {
        var parts = key.Split('/');
        string? name = entityType switch
        {
            nameof(PlanAction) => n.Get(Kind.Action, key),
            nameof(PlanResult) => n.Get(Kind.Result, key),
            nameof(Pillar) => n.Get(Kind.Pillar, key),
            nameof(Organisation) => n.Get(Kind.Organisation, key),
            nameof(TransformationPlan) => n.Get(Kind.Plan, key),
            nameof(ChainApproach) => n.Get(Kind.Chain, key),
            nameof(ProgressNote) when parts.Length == 2 && n.Get(Kind.Action, parts[0]) is { } action =>
                T($"voortgang {action}", $"progress {action}") + (DateOnly.TryParse(parts[1], CultureInfo.InvariantCulture, out var d) ? ", " + Date(d) : ""),
            nameof(ChainRollout) when parts.Length == 2 =>
                $"{n.Get(Kind.Chain, parts[0]) ?? parts[0]} · {n.Get(Kind.Municipality, parts[1]) ?? parts[1]}",
            nameof(GovernanceBody) => n.Get(Kind.Body, key),
            nameof(Meeting) when parts.Length == 2 => T("vergadering ", "meeting ") + (n.Get(Kind.Body, parts[0]) ?? parts[0]),
            nameof(Decision) => n.Get(Kind.Decision, key),
            nameof(Objection) when parts.Length == 2 && n.Get(Kind.Decision, parts[0]) is { } decision => T($"bezwaar {parts[1]} bij {decision}", $"objection {parts[1]} to {decision}"),
            nameof(Milestone) => n.Get(Kind.Milestone, key),
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
        string List(string value, Kind kind) =>
            string.Join(", ", value.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(k => n.Get(kind, k) ?? k));
        switch (field)
        {
            case "OwnerId" or "AuthorOrganisationId" or "OrganisationId": return n.Get(Kind.OrganisationId, raw) ?? raw;
            case "PillarId": return n.Get(Kind.PillarId, raw) ?? raw;
            case "GoalId": return n.Get(Kind.GoalId, raw) ?? raw;
            case "ChainApproachId": return n.Get(Kind.ChainId, raw) ?? raw;
            case "BodyId": return n.Get(Kind.BodyId, raw) ?? raw;
            case var f when f.EndsWith("UserId", StringComparison.Ordinal): return n.Get(Kind.User, raw) ?? T("een gebruiker", "a user");
            case "PartnerKeys" or "LeadKeys" or "MemberKeys" or "MemberOrganisationKeys" or "ApplicantKeys" or "OrganisationKeys": return List(raw, Kind.Organisation);
            case "PillarKeys" or "LinkKeys" or "PillarKey": return List(raw, Kind.Pillar);
            case "ResultKeys": return List(raw, Kind.Result);
            case "ActionKey": return n.Get(Kind.Action, raw) ?? raw;
            case "BodyKey": return n.Get(Kind.Body, raw) ?? raw;
            case "ApproachKey": return n.Get(Kind.Chain, raw) ?? raw;
            case "TargetGroupKeys": return List(raw, Kind.TargetGroup);
            case "MunicipalityCodes" or "MunicipalityCode": return List(raw, Kind.Municipality);
            case "PlanItemKey": return n.Get(Kind.Result, raw) ?? n.Get(Kind.Action, raw) ?? n.Get(Kind.Pillar, raw) ?? n.Get(Kind.Plan, raw) ?? raw;
        }
        var type = PropertyType(entityType, field);
        if (type is null) return raw;
        if (type.IsEnum) return Enum.TryParse(type, raw, out var e) ? EnumLabel((Enum)e!) : raw;
        if (type == typeof(bool)) return raw == "True" ? T("ja", "yes") : raw == "False" ? T("nee", "no") : raw;
        if (type == typeof(DateOnly)) return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Date(d) : raw;
        if (type == typeof(DateTime)) return DateTime.TryParseExact(raw, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? DateTimeLocal(t) : raw;
        if (type == typeof(decimal) && decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var m))
            return Euro(m);
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
