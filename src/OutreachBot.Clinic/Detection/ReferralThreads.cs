namespace OutreachBot.Clinic.Detection;

/// <summary>
/// Ties each referral-update to the message that started its referral, among the messages given: first by
/// Message-ID, In-Reply-To and References, then by subject and participants (same sender's domain or same patient).
/// </summary>
public static class ReferralThreads
{
    public static IReadOnlyList<ReferralDetection> Link(IReadOnlyList<(IncomingMessage Message, ReferralDetection Detection)> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            byId.TryAdd(batch[i].Message.MessageId, i);
        }

        var linked = batch.Select(b => b.Detection).ToArray();
        // Each message's thread keys, worked out once for the whole batch rather than once per pair compared.
        var keys = new Lazy<IReadOnlyList<string>[]>(() => [.. batch.Select(b => ThreadKeys.For(b.Message, b.Detection))]);
        for (var i = 0; i < batch.Count; i++)
        {
            var root = linked[i].Kind == MessageKind.ReferralUpdate ? ByHeaders(batch, byId, i) ?? BySubject(batch, keys.Value, i) : Repeated(batch, byId, keys, i);
            if (root is { } r)
            {
                // An update belongs to its referral's pathway; what it does not restate, the referral said.
                // A portal's bare notice names no patient and no concern: its pathway is a default the update knows better.
                var referral = batch[r].Detection;
                var bare = referral.Patient.Name is null && referral.Concern is null && linked[i].Pathway is not null;
                linked[i] = linked[i] with
                {
                    Kind = MessageKind.ReferralUpdate,
                    ThreadOf = batch[r].Message.MessageId,
                    Pathway = bare ? linked[i].Pathway : referral.Pathway ?? linked[i].Pathway,
                    Concern = linked[i].Concern ?? referral.Concern,
                };
            }
        }

        return linked;
    }

    // A message read as a new referral that replies in, or forwards, a referral's thread (the office sending the
    // signed order for the referral its provider emailed) is an update to it, unless it names another patient.
    private static int? Repeated(IReadOnlyList<(IncomingMessage Message, ReferralDetection Detection)> batch, Dictionary<string, int> byId, Lazy<IReadOnlyList<string>[]> keys, int index)
    {
        var (message, detection) = batch[index];
        var hasHeaders = message.InReplyTo is not null || message.References.Count > 0;
        var repliesOrForwards = ThreadKeys.RepliesOrForwards(message.Subject);
        if (!detection.IsNewReferral || !(hasHeaders || repliesOrForwards))
        {
            return null;
        }

        var root = ByHeaders(batch, byId, index) ?? (repliesOrForwards ? BySubject(batch, keys.Value, index) : null);
        var patient = ThreadKeys.Patient(detection);
        return root is { } r && (patient is null || ThreadKeys.Patient(batch[r].Detection) is not { } earlier || earlier == patient) ? root : null;
    }

    private static int? ByHeaders(IReadOnlyList<(IncomingMessage Message, ReferralDetection Detection)> batch, Dictionary<string, int> byId, int update)
    {
        var message = batch[update].Message;
        // References run from the thread's first message to the parent: the first one known that started a referral wins.
        var ids = message.References.Append(message.InReplyTo).OfType<string>();
        foreach (var id in ids)
        {
            if (byId.TryGetValue(id, out var index) && index != update && batch[index].Detection.IsNewReferral)
            {
                return index;
            }
        }

        // The parent may itself be an update (or a reply we did not classify as a referral): follow its thread.
        foreach (var id in ids.Reverse())
        {
            if (byId.TryGetValue(id, out var index) && index != update)
            {
                return ByHeaders(batch, byId, index, depth: 1) ?? (batch[index].Detection.Kind != MessageKind.NotReferral ? index : null);
            }
        }

        return null;
    }

    private static int? ByHeaders(IReadOnlyList<(IncomingMessage Message, ReferralDetection Detection)> batch, Dictionary<string, int> byId, int index, int depth)
    {
        if (depth > 10)
        {
            return null;
        }

        var message = batch[index].Message;
        foreach (var id in message.References.Append(message.InReplyTo).OfType<string>())
        {
            if (byId.TryGetValue(id, out var parent) && parent != index)
            {
                return batch[parent].Detection.IsNewReferral ? parent : ByHeaders(batch, byId, parent, depth + 1);
            }
        }

        return null;
    }

    // Without headers: an earlier referral sharing a thread key (topic, sender's domain, patient, date of birth: two at
    // a time) with the update; the latest such referral.
    private static int? BySubject(IReadOnlyList<(IncomingMessage Message, ReferralDetection Detection)> batch, IReadOnlyList<string>[] keys, int update)
    {
        var message = batch[update].Message;
        int? best = null;
        for (var i = 0; i < batch.Count; i++)
        {
            var (candidate, found) = batch[i];
            if (i == update || !found.IsNewReferral || candidate.ReceivedAt > message.ReceivedAt)
            {
                continue;
            }

            if (keys[i].Intersect(keys[update], StringComparer.Ordinal).Any()
                && (best is null || candidate.ReceivedAt > batch[best.Value].Message.ReceivedAt))
            {
                best = i;
            }
        }

        return best;
    }
}
