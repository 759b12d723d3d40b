using System.Collections.Concurrent;
using OutreachBot.Clinic.Partners;

namespace OutreachBot.Host.Tests.Outreach;

/// <summary>An in-process <see cref="IPartnerDirectory"/> for unit tests of the outreach (the real one is in Tables).</summary>
public sealed class InMemoryPartnerDirectory : IPartnerDirectory
{
    private readonly ConcurrentDictionary<string, Partner> _partners = new(StringComparer.Ordinal);
    private readonly List<PartnerActivity> _history = [];

    public InMemoryPartnerDirectory(params Partner[] partners)
    {
        foreach (var partner in partners)
        {
            _partners[partner.Id] = partner;
        }
    }

    public IReadOnlyList<PartnerActivity> History
    {
        get
        {
            lock (_history)
            {
                return [.. _history];
            }
        }
    }

    public Partner this[string id] => _partners[id];

    public Task<Partner?> FindAsync(string partnerId, CancellationToken cancellationToken) => Task.FromResult(_partners.GetValueOrDefault(partnerId));

    public Task<IReadOnlyList<Partner>> SearchAsync(string text, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Partner>>([.. _partners.Values.Where(p => p.Organization.Contains(text, StringComparison.OrdinalIgnoreCase))]);

    public Task<IReadOnlyList<Partner>> AllAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Partner>>([.. _partners.Values]);

    public Task<Partner> MatchOrAddAsync(string organization, PartnerPerson person, PartnerSetting setting, string addedBy, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Not used by the outreach.");

    public Task<Partner?> ChangeAsync(string partnerId, Func<Partner, Partner> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Task.FromResult(_partners.TryGetValue(partnerId, out var found) ? _partners[partnerId] = change(found) : null);
    }

    public Task<bool> RecordAsync(PartnerActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_history)
        {
            if (_history.Any(a => a.PartnerId == activity.PartnerId && a.Key == activity.Key))
            {
                return Task.FromResult(false);
            }

            _history.Add(activity);
            return Task.FromResult(true);
        }
    }

    public Task<Partner?> FindByThreadAsync(string threadKey, CancellationToken cancellationToken)
    {
        lock (_history)
        {
            return Task.FromResult(_history.FirstOrDefault(a => a.ThreadKey == threadKey) is { } found ? _partners.GetValueOrDefault(found.PartnerId) : null);
        }
    }

    public Task<Partner?> FindByOrganizationAsync(string organization, CancellationToken cancellationToken) =>
        Task.FromResult(_partners.Values.FirstOrDefault(p => string.Equals(p.Organization, organization, StringComparison.OrdinalIgnoreCase)));

    public Task<IReadOnlyList<PartnerActivity>> HistoryAsync(string partnerId, CancellationToken cancellationToken)
    {
        lock (_history)
        {
            return Task.FromResult<IReadOnlyList<PartnerActivity>>([.. _history.Where(a => a.PartnerId == partnerId).OrderBy(a => a.At)]);
        }
    }
}
