using System.Reflection;
using NetArchTest.Rules;
using Regiokompas.Web.Common.Modules;

namespace Regiokompas.Web.Tests.Architecture;

/// <summary>
/// ADR-001 as tests: the domain stays free of frameworks, Common knows no module, and a module
/// reaches no other module except Plan (read through PlanQueries and the records it returns).
/// </summary>
public class ModuleBoundaryTests
{
    private const string ModulesNamespace = "Regiokompas.Web.Modules";
    private const string PlanNamespace = ModulesNamespace + ".Plan";
    private static readonly Assembly Web = typeof(AppModules).Assembly;
    private static readonly Assembly Domain = typeof(Regiokompas.Domain.Plan.Region).Assembly;

    /// <summary>Every module folder (Modules/X) that holds a type.</summary>
    public static TheoryData<string> Modules() => [.. ModuleNames()];

    private static IEnumerable<string> ModuleNames() =>
        Web.GetTypes().Select(t => t.Namespace ?? "").Where(n => n.StartsWith(ModulesNamespace + "."))
            .Select(n => n.Split('.')[3]).Distinct().Order();

    [Fact]
    public void The_domain_references_no_framework_and_no_web_code()
    {
        var result = Types.InAssembly(Domain).Should().NotHaveDependencyOnAny("Microsoft", "Regiokompas.Web").GetResult();
        Assert.True(result.IsSuccessful, Failing(result, "reference a framework or the web project"));
    }

    [Fact]
    public void Common_knows_no_module()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace("Regiokompas.Web.Common")
            .Should().NotHaveDependencyOnAny(ModulesNamespace).GetResult();
        Assert.True(result.IsSuccessful, Failing(result, "in Common name a module; register through IAppModule instead"));
    }

    [Theory, MemberData(nameof(Modules))]
    public void A_module_reaches_no_other_module_except_plan(string module)
    {
        var others = ModuleNames().Where(m => m != module && m != "Plan")
            .Select(m => $"{ModulesNamespace}.{m}").ToArray();
        var result = Types.InAssembly(Web).That().ResideInNamespace($"{ModulesNamespace}.{module}")
            .Should().NotHaveDependencyOnAny(others).GetResult();
        Assert.True(result.IsSuccessful, Failing(result, $"in {module} reach into another module"));
    }

    [Fact]
    public void Plan_reaches_no_other_module()
    {
        var others = ModuleNames().Where(m => m != "Plan").Select(m => $"{ModulesNamespace}.{m}").ToArray();
        var result = Types.InAssembly(Web).That().ResideInNamespace(PlanNamespace)
            .Should().NotHaveDependencyOnAny(others).GetResult();
        Assert.True(result.IsSuccessful, Failing(result, "in Plan depend on a module built on top of it"));
    }

    [Fact]
    public void Other_modules_read_plan_only_through_its_public_query_surface()
    {
        // Plan's surface is its root namespace (PlanQueries and the records it returns); its slices
        // (Actions, Results, PlanFiles, Data, ...) are its own business.
        var slices = Web.GetTypes().Select(t => t.Namespace ?? "").Where(n => n.StartsWith(PlanNamespace + ".")).Distinct()
            .ToArray();
        var result = Types.InAssembly(Web).That().ResideInNamespace(ModulesNamespace).And().DoNotResideInNamespace(PlanNamespace)
            .Should().NotHaveDependencyOnAny(slices).GetResult();
        Assert.True(result.IsSuccessful, Failing(result, "outside Plan reach into one of Plan's slices"));
    }

    private static string Failing(NetArchTest.Rules.TestResult result, string what) =>
        $"These types {what}: " + string.Join(", ", (result.FailingTypes ?? []).Select(t => t.FullName).Where(n => !n.Contains('<')).Distinct());
}
