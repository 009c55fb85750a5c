using System.Net.Mail;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regiokompas.Domain.Governance;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Mail;

namespace Regiokompas.Web.Modules.Governance.FollowUp;

public sealed record DigestResult(int Sent, int NothingToReport, int AlreadySent);

/// <summary>
/// The weekly work-agenda digest: every organisation member gets what its organisation owns that is due or overdue;
/// every coordinator gets the same for the whole region plus the actions without an owner. Each item carries signed
/// "klaar" and "nieuwe datum" links. A person is claimed (receipt row) before the mail goes out, so two instances
/// never both send it, and nobody gets more than one digest a week. Mail goes through the directory's mail path.
/// </summary>
public sealed class SendDigestsHandler(AppDbContext db, FollowUpQueries queries, FollowUpLinks links, IMailSender mailer,
    IOptions<MailOptions> mail, TimeProvider clock, ILogger<SendDigestsHandler> log)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(7);

    public async Task<DigestResult> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recipients = await (from u in db.Users.AsNoTracking()
                                where u.Email != null && (u.OrganisationId != null || u.CoordinatorRegionId != null)
                                select new
                                {
                                    u.Id, u.Email, u.DisplayName, u.OrganisationId, u.CoordinatorRegionId, u.LockoutEnd,
                                    OrganisationRegion = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.RegionId).FirstOrDefault(),
                                }).ToListAsync(ct);
        // Deactivated (locked-out) accounts get nothing; filtered here because SQLite cannot compare DateTimeOffset in SQL.
        recipients = recipients.Where(r => r.LockoutEnd is null || r.LockoutEnd < clock.GetUtcNow()).ToList();
        var regionIds = recipients.Select(r => r.CoordinatorRegionId ?? r.OrganisationRegion).OfType<string>().Distinct().ToList();
        var due = await queries.GetDueAsync(regionIds, ct);
        var unowned = new Dictionary<string, int>();
        foreach (var region in recipients.Select(r => r.CoordinatorRegionId).OfType<string>().Distinct())
            unowned[region] = await db.Actions.CountAsync(a => a.RegionId == region && a.OwnerId == null, ct);
        var receipts = await db.Set<DigestReceipt>().ToDictionaryAsync(r => r.UserId, ct);

        int sent = 0, empty = 0, already = 0;
        foreach (var r in recipients)
        {
            if (r.Email is null || !MailAddress.TryCreate(r.Email, out var address)) continue;
            var items = r.CoordinatorRegionId is { } region
                ? due.Where(i => i.RegionId == region).ToList()
                : due.Where(i => i.RegionId == r.OrganisationRegion && i.OwnerId == r.OrganisationId).ToList();
            var unownedCount = r.CoordinatorRegionId is { } cr ? unowned.GetValueOrDefault(cr) : 0;
            if (items.Count == 0 && unownedCount == 0) { empty++; continue; }
            if (receipts.TryGetValue(r.Id, out var receipt) && receipt.LastSentUtc > now - Interval + TimeSpan.FromHours(12)) { already++; continue; }
            if (!await ClaimAsync(r.Id, receipt, now, ct)) { already++; continue; }
            var body = Body(r.DisplayName, items, r.Id, r.CoordinatorRegionId, unownedCount);
            var overdue = items.Count(i => i.Overdue);
            var subject = overdue > 0 ? $"Werkagenda: {overdue} te laat, {items.Count - overdue} binnenkort" : $"Werkagenda: {items.Count} binnenkort klaar";
            await mailer.SendAsync(address, subject, body, ct);
            sent++;
        }
        log.LogInformation("Work agenda digests: {Sent} sent, {Empty} with nothing to report, {Already} already sent this week", sent, empty, already);
        return new DigestResult(sent, empty, already);
    }

    private async Task<bool> ClaimAsync(string userId, DigestReceipt? receipt, DateTime now, CancellationToken ct)
    {
        if (receipt is null) db.Add(new DigestReceipt { UserId = userId, LastSentUtc = now, Version = 1 });
        else
        {
            // A failed claim earlier in this run cleared the tracker; without attaching again this claim would save nothing.
            if (db.Entry(receipt).State == EntityState.Detached) db.Attach(receipt);
            receipt.LastSentUtc = now;
            receipt.Version++;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();   // another instance claimed this person first
            return false;
        }
    }

    private string Body(string name, IReadOnlyList<FollowUpItem> items, string userId, string? coordinatorRegion, int unowned)
    {
        var site = mail.Value.PublicBaseUrl.TrimEnd('/');
        var text = new StringBuilder();
        text.AppendLine($"Beste {(string.IsNullOrWhiteSpace(name) ? "collega" : name)},").AppendLine();
        text.AppendLine(coordinatorRegion is null
            ? "Dit staat op de werkagenda voor uw organisatie en is te laat of binnen twee weken klaar."
            : "Dit staat op de werkagenda van uw regio en is te laat of binnen twee weken klaar.").AppendLine();
        foreach (var group in items.GroupBy(i => i.Overdue).OrderByDescending(g => g.Key))
        {
            text.AppendLine(group.Key ? "TE LAAT" : "BINNENKORT").AppendLine();
            foreach (var i in group)
            {
                var what = i.Kind == FollowUpKind.Milestone ? "Mijlpaal" : "Actie";
                text.AppendLine($"- {what}: {i.Title}");
                text.AppendLine($"  Klaar op: {i.Due:dd-MM-yyyy}{(i.OwnerName is { } o && coordinatorRegion is not null ? $" · eigenaar: {o}" : "")}");
                text.AppendLine($"  Bekijken: {site}{i.Url}");
                text.AppendLine($"  Klaar of een nieuwe datum doorgeven: {site}{links.CreatePath(new FollowUpTarget(i.Kind, i.Id, userId))}");
                text.AppendLine();
            }
        }
        if (coordinatorRegion is not null && unowned > 0)
            text.AppendLine($"{unowned} acties hebben nog geen eigenaar: {site}/regio/{coordinatorRegion}/werkagenda/zonder-eigenaar").AppendLine();
        text.AppendLine("De links werken 14 dagen. U krijgt dit overzicht één keer per week.").AppendLine();
        text.AppendLine("Met vriendelijke groet,").AppendLine("Regiokompas");
        return text.ToString();
    }
}

/// <summary>Sends the digests once a day to whoever is due one; on only when "Governance:WeeklyDigest" is true.</summary>
public sealed class DigestBackgroundService(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<DigestBackgroundService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue<bool>("Governance:WeeklyDigest")) return;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SendDigestsHandler>().HandleAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Sending work agenda digests failed; retrying tomorrow");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
