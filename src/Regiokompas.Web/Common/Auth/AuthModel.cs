using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Regiokompas.Web.Common.Auth;

internal static class AuthModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<AppUser>().ToTable("auth_users");
        builder.Entity<IdentityRole>().ToTable("auth_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("auth_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("auth_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("auth_user_logins");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("auth_role_claims");
        builder.Entity<IdentityUserToken<string>>().ToTable("auth_user_tokens");
        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.CoordinatorRegionId).HasMaxLength(80);
            e.HasMany(u => u.PillarLeads).WithOne().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PillarLeadAssignment>(e =>
        {
            e.ToTable("auth_pillar_leads");
            e.HasKey(p => new { p.UserId, p.PillarId });
        });
        builder.Entity<ApiToken>(e =>
        {
            e.ToTable("auth_api_tokens");
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.Property(t => t.Name).HasMaxLength(200);
        });
    }
}
