namespace Regiokompas.Domain.Monitoring;

/// <summary>The monitoring plan's three levels, split by the kind of indicator.</summary>
public enum IndicatorLevel { Population, Process, Output, Outcome, Risk }

/// <summary>The Results-Based-Accountability question an indicator answers.</summary>
public enum RbaQuestion { HowMuch, HowWell, BetterOff }

public enum IndicatorUnit { Count, Percent, Per1000, Per100000, Days, Weeks, Euros, Score, Other }

public enum Polarity { HigherIsBetter, LowerIsBetter, WithinBand }

/// <summary>How often an indicator gets a figure; also what a period code must look like.</summary>
public enum Frequency { Yearly, Quarterly, Monthly, Daily }

public enum IndicatorSource { Cbs, RivmGgd, Vektis, Partner, Manual }

public enum Visibility { Public, Internal }

/// <summary>Area levels a figure can be given for, from coarse to fine.</summary>
public enum AreaLevel { Country, Region, Municipality, District }

/// <summary>Figures come in as submitted; the coordinator checks and publishes them.</summary>
public enum MeasurementState { Submitted, Published }

public enum ResultStatus { NoData, OffTrack, AtRisk, OnTrack, Achieved }
