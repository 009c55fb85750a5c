namespace Regiokompas.Domain.Capacity;

/// <summary>How a capacity type counts its places.</summary>
public enum CapacityKind { BedPool, TimeSlot, WeeklyThroughput }

public enum ReportSource { Form, Api, File }

public enum ReservationStatus { Requested, Held, Confirmed, Arrived, Declined, Expired, Released, Cancelled, NoShow }

/// <summary>Orders the waiting list; never takes away a place someone already holds.</summary>
public enum Urgency { Planned = 0, Urgent = 1, Acute = 2 }
