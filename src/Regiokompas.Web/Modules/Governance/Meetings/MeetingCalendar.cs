using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Regiokompas.Web.Modules.Governance.Meetings;

/// <summary>
/// The iCalendar (RFC 5545) feed of one body. Public, so it carries the place but not the video link,
/// which is for those invited (signed-in users see it on the meeting page).
/// </summary>
public sealed class MeetingCalendar(GovernanceQueries queries)
{
    public async Task<string?> GetAsync(string regionId, string bodyKey, string baseUrl, CancellationToken ct)
    {
        var body = await queries.GetBodyAsync(regionId, bodyKey, includePrivate: false, ct);
        if (body is null) return null;
        var calendar = new Calendar { ProductId = "-//Regiokompas//Regiotafel//NL" };
        calendar.AddProperty("X-WR-CALNAME", body.Fictitious ? $"{body.Name} (fictief, demo)" : body.Name);
        foreach (var m in await queries.GetMeetingsAsync(regionId, bodyKey, ct))
        {
            calendar.Events.Add(new CalendarEvent
            {
                // A stable UID lets calendar apps update a moved meeting instead of adding a second one.
                Uid = $"{m.Id:N}@regiokompas",
                Summary = body.Fictitious ? $"{body.Name} (fictief, demo)" : body.Name,
                DtStart = new CalDateTime(DateTime.SpecifyKind(m.StartsAtUtc, DateTimeKind.Utc)),
                DtEnd = new CalDateTime(DateTime.SpecifyKind(m.EndsAtUtc, DateTimeKind.Utc)),
                Location = m.Location ?? "online",
                Url = new Uri($"{baseUrl}/regio/{regionId}/vergadering/{m.Id}"),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar);
    }
}
