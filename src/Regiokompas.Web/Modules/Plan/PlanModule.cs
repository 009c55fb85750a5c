using Regiokompas.Web.Modules.Plan.Actions;
using Regiokompas.Web.Modules.Plan.PlanFiles;
using Regiokompas.Web.Modules.Plan.Results;
using Regiokompas.Web.Modules.Plan.TransformationPlans;

namespace Regiokompas.Web.Modules.Plan;

public static class PlanModule
{
    public static IServiceCollection AddPlan(this IServiceCollection services)
    {
        services.AddScoped<PlanQueries>();
        services.AddScoped<ImportPlanFileHandler>();
        services.AddScoped<ExportPlanFileHandler>();
        services.AddScoped<EditResultHandler>();
        services.AddScoped<EditActionHandler>();
        services.AddScoped<AddProgressNoteHandler>();
        services.AddScoped<ChangeTransformationPlanStatusHandler>();
        services.AddScoped<PlanSeeder>();
        services.AddScoped<Regions.CreateRegionHandler>();
        services.AddScoped<Editor.PlanEditorHandler>();
        services.AddScoped<Versions.PlanVersionsHandler>();
        return services;
    }
}
