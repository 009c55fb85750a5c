using Regiokompas.Web.Common.Audit;
using Regiokompas.Web.Modules.Governance.Bodies;
using Regiokompas.Web.Modules.Governance.Chains;
using Regiokompas.Web.Modules.Governance.FollowUp;
using Regiokompas.Web.Modules.Governance.Money;
using Regiokompas.Web.Modules.Governance.Preconditions;
using Regiokompas.Web.Modules.Governance.Decisions;
using Regiokompas.Web.Modules.Governance.Meetings;

namespace Regiokompas.Web.Modules.Governance;

public static class GovernanceModule
{
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddScoped<GovernanceQueries>();
        services.AddScoped<SaveBodyHandler>();
        services.AddScoped<PlanMeetingHandler>();
        services.AddScoped<ChangeDecisionHandler>();
        services.AddScoped<MeetingCalendar>();
        services.AddScoped<GovernanceDemoSeeder>();
        services.AddScoped<FollowUpLinks>();
        services.AddScoped<FollowUpQueries>();
        services.AddScoped<FollowUpHandler>();
        services.AddScoped<SendDigestsHandler>();
        services.AddHostedService<DigestBackgroundService>();
        services.AddScoped<PreventionChainQueries>();
        services.AddScoped<SetChainStatusHandler>();
        services.AddScoped<AuditReader>();
        services.AddScoped<SaveTransformationPlanHandler>();
        services.AddScoped<BudgetHandler>();
        services.AddScoped<PreconditionsHandler>();
        return services;
    }
}
