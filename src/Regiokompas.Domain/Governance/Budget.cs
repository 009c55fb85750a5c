using Regiokompas.Domain.Common;

namespace Regiokompas.Domain.Governance;

/// <summary>The national funds a region's plan runs on.</summary>
public enum BudgetFund { SpukIza, Gala }

/// <summary>SPUK money is split in network coordination and the execution of the plan.</summary>
public enum BudgetPart { Coordination, Execution }

/// <summary>
/// One line of a region's budget for a year: how much of a fund is allocated, committed and spent,
/// for coordination or execution, optionally for one pillar. Entered by the coordinator.
/// </summary>
public sealed class BudgetLine : IVersioned, IAudited
{
    public const decimal MaxAmount = 1_000_000_000m;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionId { get; init; }
    public int Year { get; init; }
    public BudgetFund Fund { get; init; }
    public BudgetPart Part { get; init; }
    /// <summary>Empty for money not tied to one pillar (e.g. the project office).</summary>
    public string PillarKey { get; init; } = "";
    public decimal Allocated { get; private set; }
    public decimal Committed { get; private set; }
    public decimal Spent { get; private set; }
    public int Version { get; set; }
    string IAudited.AuditKey => $"{Year}/{Fund}/{Part}/{(PillarKey.Length == 0 ? "-" : PillarKey)}";
    string? IAudited.AuditRegionId => RegionId;

    public static BudgetLine Create(string regionId, int year, BudgetFund fund, BudgetPart part, string? pillarKey)
    {
        if (year is < 2020 or > 2040) throw new RuleViolation("governance.budget-year-out-of-range", 2020, 2040);
        return new BudgetLine { RegionId = regionId, Year = year, Fund = fund, Part = part, PillarKey = pillarKey?.Trim() ?? "" };
    }

    /// <summary>Committed money cannot exceed what is allocated, nor spent money what is committed.</summary>
    public void SetAmounts(decimal allocated, decimal committed, decimal spent)
    {
        if (allocated < 0 || committed < 0 || spent < 0) throw new RuleViolation("governance.amount-negative");
        if (allocated > MaxAmount || committed > MaxAmount || spent > MaxAmount) throw new RuleViolation("governance.amount-too-large");
        if (committed > allocated) throw new RuleViolation("governance.committed-above-allocated");
        if (spent > committed) throw new RuleViolation("governance.spent-above-committed");
        (Allocated, Committed, Spent) = (allocated, committed, spent);
    }
}
