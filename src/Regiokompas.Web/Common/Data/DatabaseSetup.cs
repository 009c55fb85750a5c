using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Regiokompas.Web.Common.Audit;

namespace Regiokompas.Web.Common.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// SQLite by default (a file under the data folder); PostgreSQL when Database:Provider is
    /// "Postgres". Both providers share one model and have their own migrations.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        var provider = config["Database:Provider"] ?? "Sqlite";
        var connection = config.GetConnectionString("Regiokompas") is { Length: > 0 } c ? c : null;
        services.AddScoped<AuditInterceptor>();
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Regiokompas is empty.");
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o
                .UseNpgsql(connection, n => n.MigrationsHistoryTable("__ef_migrations"))
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            connection ??= $"Data Source={Path.Combine(DataFolder(config, contentRoot), "regiokompas.db")}";
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o
                .UseSqlite(connection, s => s.MigrationsHistoryTable("__ef_migrations"))
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), new SqliteRecoveryInterceptor()));
        }
        return services;
    }

    public static string DataFolder(IConfiguration config, string contentRoot)
    {
        var folder = config["DataFolder"] is { Length: > 0 } f ? f : Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>Lets `dotnet ef` build each context without starting the app.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db",
            s => s.MigrationsHistoryTable("__ef_migrations")).Options);
}

public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design",
            n => n.MigrationsHistoryTable("__ef_migrations")).Options);
}
