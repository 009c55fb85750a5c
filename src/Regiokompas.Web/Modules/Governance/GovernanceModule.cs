using Regiokompas.Web.Modules.Governance.Bodies;
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
        return services;
    }
}
