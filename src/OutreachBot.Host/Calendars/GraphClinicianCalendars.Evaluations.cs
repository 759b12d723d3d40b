using System.Globalization;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace OutreachBot.Host.Calendars;

public sealed partial class GraphClinicianCalendars
{
    private static readonly string[] EvaluationFields = ["id", "start", "end", "isCancelled", "lastModifiedDateTime"];

    // Only the referral property is expanded: events without it come back without it and are not the bot's.
    private static readonly string[] ReferralExpand = [$"singleValueExtendedProperties($filter=id eq '{ReferralPropertyId}')"];

    public async Task<IReadOnlyList<BookedEvaluation>> EvaluationsAsync(string clinician, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var found = new List<BookedEvaluation>();
        var page = await graph.Users[clinician].CalendarView.GetAsync(request =>
        {
            request.QueryParameters.StartDateTime = from.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            request.QueryParameters.EndDateTime = to.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            request.QueryParameters.Select = EvaluationFields;
            request.QueryParameters.Expand = ReferralExpand;
            request.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        }, cancellationToken);
        while (page is not null)
        {
            found.AddRange((page.Value ?? []).Select(Booked).OfType<BookedEvaluation>());
            page = page.OdataNextLink is { } next
                ? await graph.Users[clinician].CalendarView.WithUrl(next).GetAsync(r => r.Headers.Add("Prefer", "outlook.timezone=\"UTC\""), cancellationToken)
                : null;
        }

        return found;
    }

    public async Task<BookedEvaluation?> FindEvaluationAsync(string clinician, string eventId, CancellationToken cancellationToken)
    {
        try
        {
            var found = await graph.Users[clinician].Events[eventId].GetAsync(request =>
            {
                request.QueryParameters.Select = EvaluationFields;
                request.QueryParameters.Expand = ReferralExpand;
                request.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
            }, cancellationToken);
            return found is null ? null : Booked(found);
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private static BookedEvaluation? Booked(Event e) =>
        e.Id is { } id && e.Start is { } start && e.End is { } end
        && e.SingleValueExtendedProperties?.FirstOrDefault(p => string.Equals(p.Id, ReferralPropertyId, StringComparison.OrdinalIgnoreCase))?.Value is { Length: > 0 } referral
            ? new BookedEvaluation(referral, id, Instant(start), Instant(end), e.IsCancelled == true, e.LastModifiedDateTime)
            : null;
}
