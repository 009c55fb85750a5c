using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regiokompas.Domain.Common;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Mail;

namespace Regiokompas.Web.Modules.Account.Users;

public sealed class InviteUserRequest
{
    [Required, EmailAddress, StringLength(256)] public string Email { get; set; } = "";
    [Required, StringLength(200)] public string DisplayName { get; set; } = "";
    [Required] public string Role { get; set; } = Roles.Coordinator;
    /// <summary>Pillar key (pillar lead) or organisation key (organisation member).</summary>
    public string? ScopeKey { get; set; }
}

public sealed record RegionRole(string Role, string? ScopeKey, string? ScopeName);
public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<RegionRole> Roles, bool Deactivated);
public sealed record InvitationRow(Guid Id, string Email, string DisplayName, string Role, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? AcceptedAtUtc, bool Open);
public sealed record UserChangeRow(DateTime AtUtc, UserAccessChangeKind Kind, string? Role, string? ScopeKey, string By);
public sealed record UserDetails(UserRow User, bool IsAdministrator, bool HasScopeElsewhere, IReadOnlyList<UserChangeRow> Changes);
public sealed record ScopeOption(string Key, string Name);
public sealed record InvitationPreview(string Email, string DisplayName, string RegionName, string Role);

/// <summary>
/// Invitations, roles within a region and (de)activation. A coordinator acts only in her own region (the page's
/// access scope checks the route) and grants only coordinator, pillar lead and organisation member there; nobody
/// is made administrator in the browser (the CLI makes the first). Every change renews the person's security
/// stamp, so her open sessions end and her next sign-in carries the new roles.
/// </summary>
public sealed class UserAdministration(AppDbContext db, ICurrentActor actor, TimeProvider clock, IMailSender mailer,
    IOptions<MailOptions> site, IConfiguration config, UserManager<AppUser> users)
{
    public static readonly string[] GrantableRoles = [Roles.Coordinator, Roles.PillarLead, Roles.OrganisationMember];
    private static readonly DateTimeOffset DeactivatedUntil = new(2999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private TimeSpan InvitationLifetime => TimeSpan.FromHours(config.GetValue("Users:InvitationHours", 72));

    public async Task<IReadOnlyList<ScopeOption>> PillarsAsync(string regionId, CancellationToken ct) =>
        await db.Pillars.AsNoTracking().Where(p => p.RegionId == regionId).OrderBy(p => p.SortOrder)
            .Select(p => new ScopeOption(p.Key, p.Name)).ToListAsync(ct);

    public async Task<IReadOnlyList<ScopeOption>> OrganisationsAsync(string regionId, CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId).OrderBy(o => o.Name)
            .Select(o => new ScopeOption(o.Key, o.Name)).ToListAsync(ct);

    public async Task<string?> RegionNameAsync(string regionId, CancellationToken ct) =>
        await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.Name).SingleOrDefaultAsync(ct);

    // ---- reading ----

    public async Task<IReadOnlyList<UserRow>> ListAsync(string regionId, CancellationToken ct)
    {
        var ids = await VisibleUserIds(regionId).ToListAsync(ct);
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).ToListAsync(ct);
        var rows = new List<UserRow>();
        foreach (var u in people) rows.Add(await RowAsync(regionId, u, ct));
        return rows;
    }

    public async Task<IReadOnlyList<InvitationRow>> InvitationsAsync(string regionId, CancellationToken ct)
    {
        var now = Now;
        var list = await db.Set<UserInvitation>().AsNoTracking().Where(i => i.RegionId == regionId && i.WithdrawnAtUtc == null)
            .OrderByDescending(i => i.CreatedAtUtc).Take(200).ToListAsync(ct);
        return list.Select(i => new InvitationRow(i.Id, i.Email, i.DisplayName, i.Role, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc, i.IsOpen(now))).ToList();
    }

    public async Task<UserDetails?> GetAsync(string regionId, string userId, CancellationToken ct)
    {
        var user = await FindVisibleAsync(regionId, userId, ct);
        if (user is null) return null;
        var changes = await db.Set<UserAccessChange>().AsNoTracking().Where(c => c.UserId == userId && c.RegionId == regionId)
            .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
            .Select(c => new UserChangeRow(c.AtUtc, c.Kind, c.Role, c.ScopeKey, c.By)).ToListAsync(ct);
        return new UserDetails(await RowAsync(regionId, user, ct), await IsAdministratorAsync(user), await HasScopeElsewhereAsync(regionId, user, ct), changes);
    }

    // ---- invitations ----

    /// <summary>Creates the invitation and mails its link; returns the link path (the token is not stored).</summary>
    public async Task<string> InviteAsync(string regionId, InviteUserRequest request, CancellationToken ct)
    {
        var email = request.Email.Trim();
        if (!MailAddress.TryCreate(email, out var address)) throw new RuleViolation("users.email-invalid");
        var regionName = await RegionNameAsync(regionId, ct) ?? throw new RuleViolation("users.region-unknown");
        var (pillarId, organisationId, _) = await ResolveScopeAsync(regionId, request.Role, request.ScopeKey, ct);
        if (await users.FindByEmailAsync(email) is not null) throw new RuleViolation("users.email-taken");

        var now = Now;
        foreach (var old in await db.Set<UserInvitation>().Where(i => i.RegionId == regionId && i.Email == email && i.AcceptedAtUtc == null && i.WithdrawnAtUtc == null).ToListAsync(ct))
            old.WithdrawnAtUtc = now;   // a new invitation replaces an earlier one
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.Add(new UserInvitation
        {
            Id = Guid.NewGuid(), Email = email, DisplayName = request.DisplayName.Trim(), RegionId = regionId, Role = request.Role,
            PillarId = pillarId, OrganisationId = organisationId, TokenHash = AuthSetup.HashToken(token),
            CreatedAtUtc = now, ExpiresAtUtc = now + InvitationLifetime, InvitedBy = actor.Name,
        });
        await db.SaveChangesAsync(ct);

        var path = "/uitnodiging/" + token;
        var link = site.Value.PublicBaseUrl.TrimEnd('/') + path;
        await mailer.SendAsync(address, $"Uitnodiging voor Regiokompas ({regionName})", InvitationMail(request.DisplayName.Trim(), regionName, request.Role, link), ct);
        return path;
    }

    public async Task WithdrawInvitationAsync(string regionId, Guid id, CancellationToken ct)
    {
        var invitation = await db.Set<UserInvitation>().SingleOrDefaultAsync(i => i.Id == id && i.RegionId == regionId, ct)
            ?? throw new RuleViolation("users.invitation-unknown");
        if (invitation.AcceptedAtUtc is null && invitation.WithdrawnAtUtc is null)
        {
            invitation.WithdrawnAtUtc = Now;
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The invitation behind a link while it can still be used; null when unknown, used, withdrawn or expired.</summary>
    public async Task<InvitationPreview?> PreviewAsync(string token, CancellationToken ct)
    {
        var invitation = await OpenInvitationAsync(token, ct);
        if (invitation is null) return null;
        return new InvitationPreview(invitation.Email, invitation.DisplayName, await RegionNameAsync(invitation.RegionId, ct) ?? invitation.RegionId, invitation.Role);
    }

    /// <summary>
    /// Creates the account with the invited role. The invitation is marked used in the same transaction and its
    /// version guards it, so two parallel uses cannot both succeed. Password problems come back as Identity errors.
    /// </summary>
    public async Task<IdentityResult> AcceptAsync(string token, string displayName, string password, CancellationToken ct)
    {
        var invitation = await OpenInvitationAsync(token, ct, tracked: true) ?? throw new RuleViolation("users.invitation-invalid");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new AppUser
        {
            UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? invitation.DisplayName : displayName.Trim(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return created;
        invitation.AcceptedAtUtc = Now;
        invitation.UserId = user.Id;
        var scopeKey = await ApplyGrantAsync(user, invitation.RegionId, invitation.Role, invitation.PillarId, invitation.OrganisationId, ct);
        Log(user, invitation.RegionId, UserAccessChangeKind.Joined, invitation.Role, scopeKey, $"uitnodiging van {invitation.InvitedBy}");
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new RuleViolation("users.invitation-invalid"); }
        await tx.CommitAsync(ct);
        return IdentityResult.Success;
    }

    // ---- roles and accounts ----

    public async Task GrantAsync(string regionId, string userId, string role, string? scopeKey, CancellationToken ct)
    {
        var user = await ForChangeAsync(regionId, userId, ct);
        var (pillarId, organisationId, _) = await ResolveScopeAsync(regionId, role, scopeKey, ct);
        var key = await ApplyGrantAsync(user, regionId, role, pillarId, organisationId, ct);
        Log(user, regionId, UserAccessChangeKind.Granted, role, key, actor.Name);
        EndSessions(user);
        await db.SaveChangesAsync(ct);
    }

    public async Task WithdrawAsync(string regionId, string userId, string role, string? scopeKey, CancellationToken ct)
    {
        var user = await ForChangeAsync(regionId, userId, ct);
        var memberHere = role == Roles.OrganisationMember && user.OrganisationId is { } org
            && await db.Organisations.AnyAsync(o => o.Id == org && o.RegionId == regionId, ct);
        switch (role)
        {
            case Roles.Coordinator when user.CoordinatorRegionId == regionId:
                user.CoordinatorRegionId = null;
                await RemoveRoleAsync(user, Roles.Coordinator, ct);
                break;
            case Roles.OrganisationMember when memberHere:
                user.OrganisationId = null;
                await RemoveRoleAsync(user, Roles.OrganisationMember, ct);
                break;
            case Roles.PillarLead:
                var pillarId = await db.Pillars.Where(p => p.RegionId == regionId && p.Key == scopeKey).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct)
                    ?? throw new RuleViolation("users.role-not-held");
                var assignment = await db.PillarLeadAssignments.SingleOrDefaultAsync(a => a.UserId == user.Id && a.PillarId == pillarId, ct)
                    ?? throw new RuleViolation("users.role-not-held");
                db.PillarLeadAssignments.Remove(assignment);
                if (!await db.PillarLeadAssignments.AnyAsync(a => a.UserId == user.Id && a.PillarId != pillarId, ct))
                    await RemoveRoleAsync(user, Roles.PillarLead, ct);
                break;
            default:
                throw new RuleViolation("users.role-not-held");
        }
        Log(user, regionId, UserAccessChangeKind.Withdrawn, role, role == Roles.PillarLead ? scopeKey : null, actor.Name);
        EndSessions(user);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Deactivating blocks sign-in and ends every session at once (new security stamp); reactivating lifts the block.</summary>
    public async Task SetActiveAsync(string regionId, string userId, bool active, CancellationToken ct)
    {
        var user = await ForChangeAsync(regionId, userId, ct);
        if (!actor.Actor.IsAdministrator && await HasScopeElsewhereAsync(regionId, user, ct)) throw new RuleViolation("users.scope-elsewhere");
        user.LockoutEnabled = true;
        user.LockoutEnd = active ? null : DeactivatedUntil;
        user.AccessFailedCount = 0;
        Log(user, regionId, active ? UserAccessChangeKind.Reactivated : UserAccessChangeKind.Deactivated, null, null, actor.Name);
        EndSessions(user);
        await db.SaveChangesAsync(ct);
    }

    // ---- helpers ----

    private IQueryable<string> VisibleUserIds(string regionId)
    {
        var orgIds = db.Organisations.Where(o => o.RegionId == regionId).Select(o => o.Id);
        var pillarIds = db.Pillars.Where(p => p.RegionId == regionId).Select(p => p.Id);
        var leads = db.PillarLeadAssignments.Where(a => pillarIds.Contains(a.PillarId)).Select(a => a.UserId);
        var logged = db.Set<UserAccessChange>().Where(c => c.RegionId == regionId).Select(c => c.UserId);
        return db.Users.Where(u => u.CoordinatorRegionId == regionId
                || (u.OrganisationId != null && orgIds.Contains(u.OrganisationId.Value))
                || leads.Contains(u.Id) || logged.Contains(u.Id))
            .Select(u => u.Id);
    }

    private async Task<AppUser?> FindVisibleAsync(string regionId, string userId, CancellationToken ct) =>
        await VisibleUserIds(regionId).AnyAsync(id => id == userId, ct)
            ? await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct)
            : null;

    /// <summary>The person, if the actor may change her in this region: not oneself, and never an administrator unless the actor is one.</summary>
    private async Task<AppUser> ForChangeAsync(string regionId, string userId, CancellationToken ct)
    {
        var user = await FindVisibleAsync(regionId, userId, ct) ?? throw new RuleViolation("users.unknown");
        if (user.Id == actor.UserId) throw new RuleViolation("users.not-yourself");
        if (!actor.Actor.IsAdministrator && await IsAdministratorAsync(user)) throw new RuleViolation("users.administrator-untouchable");
        return user;
    }

    private async Task<(int? PillarId, int? OrganisationId, string? Key)> ResolveScopeAsync(string regionId, string role, string? scopeKey, CancellationToken ct)
    {
        if (!GrantableRoles.Contains(role)) throw new RuleViolation("users.role-not-grantable");
        return role switch
        {
            Roles.PillarLead => (await db.Pillars.Where(p => p.RegionId == regionId && p.Key == scopeKey).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct)
                ?? throw new RuleViolation("users.pillar-unknown"), null, scopeKey),
            Roles.OrganisationMember => (null, await db.Organisations.Where(o => o.RegionId == regionId && o.Key == scopeKey).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct)
                ?? throw new RuleViolation("users.organisation-unknown"), scopeKey),
            _ => (null, null, null),
        };
    }

    private async Task<string?> ApplyGrantAsync(AppUser user, string regionId, string role, int? pillarId, int? organisationId, CancellationToken ct)
    {
        string? key = null;
        switch (role)
        {
            case Roles.Coordinator:
                if (user.CoordinatorRegionId is { } other && other != regionId) throw new RuleViolation("users.coordinator-elsewhere");
                user.CoordinatorRegionId = regionId;
                break;
            case Roles.OrganisationMember:
                if (user.OrganisationId is { } current && current != organisationId) throw new RuleViolation("users.organisation-elsewhere");
                user.OrganisationId = organisationId;
                key = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Key).SingleAsync(ct);
                break;
            case Roles.PillarLead:
                if (!await db.PillarLeadAssignments.AnyAsync(a => a.UserId == user.Id && a.PillarId == pillarId, ct)
                    && !db.PillarLeadAssignments.Local.Any(a => a.UserId == user.Id && a.PillarId == pillarId))
                    db.PillarLeadAssignments.Add(new PillarLeadAssignment { UserId = user.Id, PillarId = pillarId!.Value });
                key = await db.Pillars.Where(p => p.Id == pillarId).Select(p => p.Key).SingleAsync(ct);
                break;
            default:
                throw new RuleViolation("users.role-not-grantable");
        }
        var roleId = await RoleIdAsync(role, ct);
        if (!await db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == roleId, ct)
            && !db.UserRoles.Local.Any(r => r.UserId == user.Id && r.RoleId == roleId))
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        return key;
    }

    private async Task RemoveRoleAsync(AppUser user, string role, CancellationToken ct)
    {
        var normalized = role.ToUpperInvariant();
        var link = await db.UserRoles.Where(r => r.UserId == user.Id)
            .Join(db.Roles.Where(r => r.NormalizedName == normalized), ur => ur.RoleId, r => r.Id, (ur, _) => ur).SingleOrDefaultAsync(ct);
        if (link is not null) db.UserRoles.Remove(link);
    }

    private async Task<string> RoleIdAsync(string role, CancellationToken ct)
    {
        var normalized = role.ToUpperInvariant();
        var id = await db.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Id).SingleOrDefaultAsync(ct);
        if (id is not null) return id;
        var created = new IdentityRole(role) { NormalizedName = normalized };
        db.Roles.Add(created);
        return created.Id;
    }

    private Task<bool> IsAdministratorAsync(AppUser user) => users.IsInRoleAsync(user, Roles.Administrator);

    /// <summary>Whether the person also holds a role outside this region (then only an administrator may deactivate her).</summary>
    private async Task<bool> HasScopeElsewhereAsync(string regionId, AppUser user, CancellationToken ct) =>
        await IsAdministratorAsync(user)
        || user.CoordinatorRegionId is { } c && c != regionId
        || user.OrganisationId is { } o && !await db.Organisations.AnyAsync(x => x.Id == o && x.RegionId == regionId, ct)
        || await db.PillarLeadAssignments.Where(a => a.UserId == user.Id).Join(db.Pillars, a => a.PillarId, p => p.Id, (a, p) => p.RegionId).AnyAsync(r => r != regionId, ct);

    private async Task<UserRow> RowAsync(string regionId, AppUser u, CancellationToken ct)
    {
        var roles = new List<RegionRole>();
        if (u.CoordinatorRegionId == regionId) roles.Add(new RegionRole(Roles.Coordinator, null, null));
        roles.AddRange(await db.PillarLeadAssignments.AsNoTracking().Where(a => a.UserId == u.Id)
            .Join(db.Pillars.Where(p => p.RegionId == regionId), a => a.PillarId, p => p.Id, (a, p) => new RegionRole(Roles.PillarLead, p.Key, p.Name)).ToListAsync(ct));
        if (u.OrganisationId is { } org)
            roles.AddRange(await db.Organisations.AsNoTracking().Where(o => o.Id == org && o.RegionId == regionId)
                .Select(o => new RegionRole(Roles.OrganisationMember, o.Key, o.Name)).ToListAsync(ct));
        return new UserRow(u.Id, u.Email ?? u.UserName ?? "", u.DisplayName, roles, IsDeactivated(u));
    }

    public static bool IsDeactivated(AppUser u) => u.LockoutEnd is { } end && end >= DeactivatedUntil.AddYears(-1);

    private void Log(AppUser user, string regionId, UserAccessChangeKind kind, string? role, string? scopeKey, string by) =>
        db.Add(new UserAccessChange { UserId = user.Id, Email = user.Email ?? user.UserName ?? "", RegionId = regionId, Kind = kind, Role = role, ScopeKey = scopeKey, AtUtc = Now, By = by });

    private static void EndSessions(AppUser user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    private async Task<UserInvitation?> OpenInvitationAsync(string token, CancellationToken ct, bool tracked = false)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = AuthSetup.HashToken(token);
        var query = db.Set<UserInvitation>().Where(i => i.TokenHash == hash);
        var invitation = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
        return invitation is not null && invitation.IsOpen(Now) ? invitation : null;
    }

    private string InvitationMail(string name, string regionName, string role, string link) =>
        $"""
        Beste {name},

        {actor.Name} nodigt u uit voor Regiokompas, regio {regionName}. U krijgt de rol "{UserTexts.RoleName(role)}".

        Open deze link en kies een wachtwoord:
        {link}

        De link werkt één keer en vervalt na {(int)InvitationLifetime.TotalHours} uur.
        Kende u deze uitnodiging niet? Dan kunt u deze e-mail negeren.

        Met vriendelijke groet,
        Regiokompas
        """;
}
