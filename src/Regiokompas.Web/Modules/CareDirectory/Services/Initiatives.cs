using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Mail;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.CareDirectory.Search;
using Regiokompas.Web.Modules.CareDirectory.Seeding;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

/// <summary>What anyone fills in to propose an informal initiative; a moderator may change it before approving.</summary>
public sealed class ProposeInitiativeRequest
{
    [Required, StringLength(InitiativeProposal.MaxNameLength)] public string Name { get; set; } = "";
    [Required, StringLength(InitiativeProposal.MaxTextLength)] public string What { get; set; } = "";
    [StringLength(300)] public string? ForWhom { get; set; }
    [Required, StringLength(6)] public string MunicipalityCode { get; set; } = "";
    [StringLength(300)] public string? Place { get; set; }
    [StringLength(200)] public string? ContactName { get; set; }
    [Required, EmailAddress, StringLength(300)] public string ContactEmail { get; set; } = "";
    [StringLength(40)] public string? ContactPhone { get; set; }
}

public sealed record ProposalOutcome(Guid? Id, IReadOnlyList<PossibleDuplicate> Duplicates);

/// <summary>
/// Informal initiatives: proposed by anyone, public only after a directory moderator (an administrator)
/// approves them. Every step is audited by the interceptor; the proposer hears the decision by e-mail.
/// </summary>
public sealed class InitiativeHandler(
    AppDbContext db, ICurrentActor actor, SearchIndexSync index, DuplicateFinder duplicates, IMailSender mailer,
    TimeProvider clock, ILogger<InitiativeHandler> log)
{
    public async Task<ProposalOutcome> ProposeAsync(ProposeInitiativeRequest request, bool confirmedNotDuplicate, CancellationToken ct)
    {
        Check(request);
        var found = await duplicates.FindAsync(request.Name, [request.MunicipalityCode], null, ct);
        if (found.Count > 0 && !confirmedNotDuplicate) return new ProposalOutcome(null, found);
        var proposal = new InitiativeProposal
        {
            Name = request.Name.Trim(), What = request.What.Trim(), ForWhom = Clean(request.ForWhom), MunicipalityCode = request.MunicipalityCode,
            Place = Clean(request.Place), ContactName = Clean(request.ContactName), ContactEmail = request.ContactEmail.Trim(),
            ContactPhone = Clean(request.ContactPhone), SubmittedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(proposal);
        await db.SaveChangesAsync(ct);
        await MailAsync(proposal.ContactEmail, "Uw aanmelding is ontvangen",
            $"""
            Beste {proposal.ContactName ?? "aanmelder"},

            Dank u wel voor het aanmelden van "{proposal.Name}".
            Een beheerder van de sociale kaart kijkt ernaar. Daarna krijgt u een e-mail.
            Pas na goedkeuring is het initiatief te vinden.

            Met vriendelijke groet,
            Regiokompas
            """, ct);
        return new ProposalOutcome(proposal.Id, found);
    }

    public Task<List<InitiativeProposal>> PendingAsync(CancellationToken ct) =>
        db.Set<InitiativeProposal>().AsNoTracking().Where(p => p.Status == ProposalStatus.Pending).OrderBy(p => p.SubmittedUtc).ToListAsync(ct);

    public Task<InitiativeProposal?> GetAsync(Guid id, CancellationToken ct) =>
        db.Set<InitiativeProposal>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);

    public Task<IReadOnlyList<PossibleDuplicate>> DuplicatesOfAsync(InitiativeProposal p, CancellationToken ct) =>
        duplicates.FindAsync(p.Name, [p.MunicipalityCode], null, ct);

    /// <summary>Approves with the moderator's edits: the proposal becomes an informal-help entry of its own organisation.</summary>
    public async Task<Guid?> ApproveAsync(Guid id, int version, ProposeInitiativeRequest edited, CancellationToken ct)
    {
        RequireModerator();
        Check(edited);
        var proposal = await LoadAsync(id, version, ct);
        if (proposal is null) return null;
        proposal.Name = edited.Name.Trim();
        proposal.What = edited.What.Trim();
        proposal.ForWhom = Clean(edited.ForWhom);
        proposal.MunicipalityCode = edited.MunicipalityCode;
        proposal.Place = Clean(edited.Place);
        proposal.ContactName = Clean(edited.ContactName);
        proposal.ContactEmail = edited.ContactEmail.Trim();
        proposal.ContactPhone = Clean(edited.ContactPhone);

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new CareOrganisation { Name = proposal.Name, Description = proposal.What, Email = proposal.ContactEmail, LastModifiedUtc = now };
        var service = new CareService
        {
            Name = proposal.Name, OrganisationId = organisation.Id, Organisation = organisation, Kind = ServiceKind.Informal,
            Description = proposal.Place is null ? proposal.What : $"{proposal.What}\n\nWaar: {proposal.Place}",
            EligibilityDescription = proposal.ForWhom, Email = proposal.ContactEmail, LastModifiedUtc = now,
        };
        service.Rename(proposal.Name);
        service.ChangeSummary(proposal.What.Length <= CareService.MaxSummaryLength ? proposal.What : null);
        if (proposal.ContactPhone is { } phone) service.Phones.Add(new CarePhone { ServiceId = service.Id, Number = phone });
        service.ServiceAreas.Add(new ServiceArea { ServiceId = service.Id, MunicipalityCode = proposal.MunicipalityCode, Name = MunicipalityNames.Of(proposal.MunicipalityCode) });
        var today = DateOnly.FromDateTime(now);
        service.Assure(today, null, today);
        db.Add(organisation);
        db.Add(service);
        proposal.Approve(service.Id, actor.Name, now);
        await SaveAsync(proposal, ct);
        await index.RefreshAsync(service.Id, ct);
        await MailAsync(proposal.ContactEmail, "Uw initiatief staat in de sociale kaart",
            $"""
            Beste {proposal.ContactName ?? "aanmelder"},

            "{proposal.Name}" is goedgekeurd. Inwoners kunnen het nu vinden op de pagina Hulp zoeken.

            Met vriendelijke groet,
            Regiokompas
            """, ct);
        return service.Id;
    }

    public async Task<bool> RejectAsync(Guid id, int version, string? reason, CancellationToken ct)
    {
        RequireModerator();
        var proposal = await LoadAsync(id, version, ct);
        if (proposal is null) return false;
        proposal.Reject(reason, actor.Name, clock.GetUtcNow().UtcDateTime);
        await SaveAsync(proposal, ct);
        await MailAsync(proposal.ContactEmail, "Uw aanmelding is niet opgenomen",
            $"""
            Beste {proposal.ContactName ?? "aanmelder"},

            "{proposal.Name}" komt niet in de sociale kaart. De reden:
            {proposal.RejectionReason}

            Met vriendelijke groet,
            Regiokompas
            """, ct);
        return true;
    }

    private async Task<InitiativeProposal?> LoadAsync(Guid id, int version, CancellationToken ct)
    {
        var proposal = await db.Set<InitiativeProposal>().AsTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null) return null;
        if (proposal.Version != version)
            throw new EditConflict(proposal.Name, version, proposal.Version, new { proposal.Name, proposal.Status, proposal.Version }, null, null);
        db.Entry(proposal).Property(p => p.Version).OriginalValue = version;
        return proposal;
    }

    private async Task SaveAsync(InitiativeProposal proposal, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            throw new EditConflict(proposal.Name, proposal.Version, proposal.Version + 1, new { proposal.Name }, null, null);
        }
    }

    private void RequireModerator()
    {
        if (!actor.Actor.IsAdministrator) throw new NotAllowed("edit.not-allowed");
    }

    private static void Check(ProposeInitiativeRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.Name)) throw new RuleViolation("caredirectory.name-required");
        if (string.IsNullOrWhiteSpace(r.What)) throw new RuleViolation("caredirectory.proposal-what-required");
        if (MunicipalityNames.Of(r.MunicipalityCode ?? "") is null) throw new RuleViolation("caredirectory.municipality-unknown");
        if (r.ContactPhone is { Length: > 0 } p && !System.Text.RegularExpressions.Regex.IsMatch(p.Trim(), @"^\+?[0-9 ()-]{6,20}$"))
            throw new RuleViolation("caredirectory.phone-invalid");
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>A mail that cannot be sent does not undo the decision; it is logged for the operator.</summary>
    private async Task MailAsync(string to, string subject, string body, CancellationToken ct)
    {
        try { await mailer.SendAsync(new MailAddress(to), subject, body, ct); }
        catch (Exception e) when (e is SmtpException or FormatException or IOException or InvalidOperationException)
        {
            log.LogWarning(e, "Could not e-mail the proposer of an initiative");
        }
    }
}
