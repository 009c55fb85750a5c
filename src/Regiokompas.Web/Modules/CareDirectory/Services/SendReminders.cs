using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Mail;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

public sealed record ReminderResult(int Sent, int WithoutAddress);

/// <summary>
/// E-mails owners whose entries are due for their yearly check, with a signed "klopt nog" link.
/// Each entry is claimed in the database before its mail goes out, so two instances never both send it.
/// </summary>
public sealed class SendRemindersHandler(AppDbContext db, FreshnessPolicy freshness, AssureLinks links, IMailSender mailer,
    IOptions<MailOptions> mail, TimeProvider clock, ILogger<SendRemindersHandler> log)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(30);

    public async Task<ReminderResult> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutOff = freshness.ReminderIfAssuredOnOrBefore(DateOnly.FromDateTime(now));
        var lastAllowed = now - Interval;
        var due = await db.Set<CareService>().Include(s => s.Organisation)
            .Where(s => !s.IsDemo && s.Status == ServiceStatus.Active && (s.AssuredDate == null || s.AssuredDate <= cutOff))
            .Where(s => s.LastReminderUtc == null || s.LastReminderUtc < lastAllowed)
            .OrderBy(s => s.AssuredDate).Take(500).ToListAsync(ct);
        int sent = 0, missing = 0;
        foreach (var service in due)
        {
            var to = service.AssurerEmail ?? service.Email ?? service.Organisation?.Email;
            if (to is null || !MailAddress.TryCreate(to, out var address)) { missing++; continue; }
            service.LastReminderUtc = now;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { db.ChangeTracker.Clear(); continue; }   // another instance took it
            var link = mail.Value.PublicBaseUrl.TrimEnd('/') + links.CreatePath(service.Id);
            await mailer.SendAsync(address, $"Klopt uw informatie in de sociale kaart nog? ({service.Name})", Body(service, link), ct);
            sent++;
        }
        log.LogInformation("Directory reminders: {Sent} sent, {Missing} without an address", sent, missing);
        return new ReminderResult(sent, missing);
    }

    private static string Body(CareService s, string link) =>
        $"""
        Beste collega,

        In de sociale kaart staat "{s.Name}" van uw organisatie. Inwoners en hulpverleners gebruiken deze informatie.
        Wilt u kijken of alles nog klopt? Dat kost een minuut.

        Klopt alles nog? Open deze link en klik op "Ja, dit klopt nog":
        {link}

        Klopt er iets niet? Log in en pas het aan. De link werkt 30 dagen.

        Met vriendelijke groet,
        Regiokompas
        """;
}
