using Microsoft.EntityFrameworkCore;
using Regiokompas.Domain.CareDirectory;
using Regiokompas.Domain.Plan;
using Regiokompas.Web.Common.Auth;
using Regiokompas.Web.Common.Data;
using Regiokompas.Web.Common.Errors;
using Regiokompas.Web.Modules.CareDirectory.Search;

namespace Regiokompas.Web.Modules.CareDirectory.Services;

public sealed record CreateServiceResult(Guid Id, IReadOnlyList<PossibleDuplicate> Duplicates);

/// <summary>
/// An organisation member adds a service of its own organisation. The entry is searchable at once
/// (the index is refreshed in the same request). A name already used in the same municipality is
/// reported, not stored, until the member confirms it is another service.
/// </summary>
public sealed class CreateServiceHandler(AppDbContext db, ICurrentActor actor, SearchIndexSync index, DuplicateFinder duplicates, TimeProvider clock)
{
    public async Task<CreateServiceResult> HandleAsync(EditServiceRequest request, bool confirmedNotDuplicate, CancellationToken ct)
    {
        if (actor.Actor.OrganisationId is not { } planOrganisationId) throw new NotAllowed("edit.not-allowed");
        var contact = request.Contact ?? new ServiceContactInput();
        contact.Validate();
        var found = await duplicates.FindAsync(request.Name, [contact.MunicipalityCode, contact.City], null, ct);
        if (found.Count > 0 && !confirmedNotDuplicate) return new CreateServiceResult(Guid.Empty, found);

        var owner = await db.Set<CareOrganisation>().FirstOrDefaultAsync(o => o.PlanOrganisationId == planOrganisationId, ct);
        if (owner is null)
        {
            var planName = await db.Set<Organisation>().Where(o => o.Id == planOrganisationId).Select(o => o.Name).SingleAsync(ct);
            owner = new CareOrganisation { Name = planName, PlanOrganisationId = planOrganisationId, LastModifiedUtc = clock.GetUtcNow().UtcDateTime };
            db.Add(owner);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var service = new CareService { Name = request.Name, OrganisationId = owner.Id, Organisation = owner, LastModifiedUtc = now };
        request.ApplyTo(service);
        contact.ApplyTo(service, []);
        var today = DateOnly.FromDateTime(now);
        service.Assure(today, null, today);
        db.Add(service);
        await db.SaveChangesAsync(ct);
        await index.RefreshAsync(service.Id, ct);
        return new CreateServiceResult(service.Id, found);
    }
}
