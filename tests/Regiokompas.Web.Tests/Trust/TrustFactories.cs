using Microsoft.AspNetCore.Hosting;
using Regiokompas.Web.Tests.Infrastructure;

namespace Regiokompas.Web.Tests.Trust;

/// <summary>The app on SQLite with extra settings, for behaviour that holds no data (limits, headers, transport).</summary>
public abstract class SqliteSettingsFactory : AppFactory
{
    public override string Provider => "Sqlite";
    protected override string ConnectionString => $"Data Source={Path.Combine(DataFolder, "test.db")}";
    protected abstract IReadOnlyDictionary<string, string> Settings { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }
}

public sealed class LoginPerAccountLimitFactory : SqliteSettingsFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["RateLimits:LoginPerAccount"] = "3" };
}

public sealed class LoginPerIpLimitFactory : SqliteSettingsFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["RateLimits:LoginPerIp"] = "4" };
}

public sealed class WriteLimitFactory : SqliteSettingsFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:AnonymousPostsPerIp"] = "3", ["RateLimits:ApiWritesPerClient"] = "3",
    };
}

public sealed class ProposalLimitFactory : SqliteSettingsFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["RateLimits:ProposalsPerIp"] = "2" };
}

/// <summary>Real Kestrel on a loopback port, behind a "proxy" at 127.0.0.1 that the configuration trusts.</summary>
public sealed class TrustedProxyFactory : SqliteSettingsFactory
{
    public TrustedProxyFactory() => UseKestrel(0);
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["ReverseProxy:KnownProxies:0"] = "127.0.0.1" };
}

/// <summary>Real Kestrel with no proxy configured: forwarded headers must be ignored.</summary>
public sealed class NoProxyFactory : SqliteSettingsFactory
{
    public NoProxyFactory() => UseKestrel(0);
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();
}
