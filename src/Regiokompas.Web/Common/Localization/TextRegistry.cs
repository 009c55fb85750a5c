using Regiokompas.Web.Modules.Account;
using Regiokompas.Web.Modules.Capacity;
using Regiokompas.Web.Modules.CareDirectory;
using Regiokompas.Web.Modules.Monitoring;
using Regiokompas.Web.Modules.Plan;

namespace Regiokompas.Web.Common.Localization;

/// <summary>One registry of user-facing texts per module, in Dutch and English. A module with its own formatting (numbers, enum words) supplies it.</summary>
public sealed record TextModule(string Name, IReadOnlyDictionary<string, (string Nl, string En)> Messages, Func<string, object[], string>? Format = null);

/// <summary>The one place where every module's texts are registered; Texts.Get looks codes up here.</summary>
public static class TextRegistry
{
    public static readonly IReadOnlyList<TextModule> Modules =
    [
        new("Common", CommonTexts.Messages),
        new("Account", AccountTexts.Messages),
        new("Plan", PlanTexts.Messages),
        new("Monitoring", MonitoringTexts.Messages, MonitoringTexts.Get),
        new("Monitoring boundaries", BoundaryTexts.Messages, BoundaryTexts.Get),
        new("Monitoring regiobeeld", Regiokompas.Web.Modules.Monitoring.Regiobeeld.RegiobeeldTexts.Messages, Regiokompas.Web.Modules.Monitoring.Regiobeeld.RegiobeeldTexts.Get),
        new("CareDirectory", CareDirectoryTexts.Messages),
        new("Capacity", CapacityTexts.Messages),
        new("Access", Authorization.AccessTexts.Messages),
        new("Input", Http.InputTexts.Messages),
        new("Governance", Regiokompas.Web.Modules.Governance.GovernanceTexts.Messages),
        new("Onboarding", Regiokompas.Web.Modules.Account.Users.UserTexts.Messages),
    ];
}
