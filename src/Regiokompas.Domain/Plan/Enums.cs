namespace Regiokompas.Domain.Plan;

public enum OrganisationType
{
    Municipality, Insurer, Ggd, Hospital, GpOrganisation, NursingHomeCare, MentalHealth, Welfare,
    Education, Residents, Other,
}

public enum PillarKind { Coalitie, Bouwsteen, Fundament, Thema, Transformatieopgave }

public enum ActionStatus { Planned, Running, Done, Delayed, Stopped }

public enum FundingRoute { SpukIza, SpukGala, InsurerFund, Other }

public enum TransformationPlanStatus { Idea, QuickCheck, Submitted, Approved, Rejected, Running, Finished }

public enum RolloutStatus { NotStarted, Preparing, Implementing, Implemented, Unknown }

public enum TargetUnit { Percent, Count, Per1000, Days, Weeks, Euros, Municipalities, Other }
