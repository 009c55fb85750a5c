using Regiokompas.Web.Common.Localization;
using Regiokompas.Web.Common.Modules;

namespace Regiokompas.Web.Modules.Governance;

/// <summary>The Governance module (Regiotafel) in the host: its texts and the fictitious demo bodies and meetings.</summary>
public sealed class GovernanceAppModule : IAppModule
{
    public int Order => 50;

    public IEnumerable<TextModule> Texts => [new("Governance", GovernanceTexts.Messages)];

    public string? LabelOf(Enum value) => value switch
    {
        Regiokompas.Domain.Governance.BodyKind b => GovernanceLabels.Label(b),
        Regiokompas.Domain.Governance.DecisionStatus d => GovernanceLabels.Label(d),
        Regiokompas.Domain.Governance.PlanItemKind p => GovernanceLabels.Label(p),
        Regiokompas.Domain.Governance.BudgetFund f => GovernanceLabels.Label(f),
        Regiokompas.Domain.Governance.BudgetPart b => GovernanceLabels.Label(b),
        _ => null,
    };

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<GovernanceDemoSeeder>().SeedAsync(ct);
}
