namespace OutreachBot.Host.Calendars;

public sealed partial class IcsClinicianCalendars
{
    public async Task<IReadOnlyList<BookedEvaluation>> EvaluationsAsync(string clinician, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        [.. (await BookedAsync(clinician, cancellationToken)).Where(e => e.End > from && e.Start < to)];

    public async Task<BookedEvaluation?> FindEvaluationAsync(string clinician, string eventId, CancellationToken cancellationToken) =>
        (await BookedAsync(clinician, cancellationToken)).FirstOrDefault(e => e.EventId == eventId);

    // The VEVENTs that carry the referral property (the bot's bookings), with their times as the file holds them now.
    private async Task<List<BookedEvaluation>> BookedAsync(string clinician, CancellationToken cancellationToken)
    {
        var calendar = await LoadAsync(clinician, cancellationToken);
        return calendar is null
            ? []
            : [.. calendar.Events
                .Where(e => e.Properties.Get<string>(ReferralProperty) is { Length: > 0 } && e.DtStart is not null)
                .Select(e => new BookedEvaluation(
                    e.Properties.Get<string>(ReferralProperty)!,
                    e.Uid!,
                    new DateTimeOffset(e.DtStart!.AsUtc, TimeSpan.Zero),
                    new DateTimeOffset((e.DtEnd ?? e.DtStart!).AsUtc, TimeSpan.Zero),
                    string.Equals(e.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase),
                    e.LastModified is { } modified ? new DateTimeOffset(modified.AsUtc, TimeSpan.Zero) : null))];
    }
}
