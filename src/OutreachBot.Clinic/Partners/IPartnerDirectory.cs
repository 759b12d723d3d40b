namespace OutreachBot.Clinic.Partners;

/// <summary>
/// The clinic's referral partners and their history (kept in Azure Tables by the host). Changes are optimistic: a
/// change is applied to the partner as last read and retried on a conflict, so two staff editing at once lose nothing.
/// </summary>
public interface IPartnerDirectory
{
    /// <summary>The partner with this id, or null.</summary>
    Task<Partner?> FindAsync(string partnerId, CancellationToken cancellationToken);

    /// <summary>Partners whose organisation or people match <paramref name="text"/> (case and punctuation ignored), best first.</summary>
    Task<IReadOnlyList<Partner>> SearchAsync(string text, CancellationToken cancellationToken);

    /// <summary>Every partner.</summary>
    Task<IReadOnlyList<Partner>> AllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The partner this organisation and person belong to (matched by email domain, name and phone across spelling
    /// variants), added as <see cref="OutreachStage.Identified"/> when none matches.
    /// </summary>
    Task<Partner> MatchOrAddAsync(string organization, PartnerPerson person, PartnerSetting setting, string addedBy, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/> to the partner (re-read and re-applied on a conflict); null when there is no such partner.</summary>
    Task<Partner?> ChangeAsync(string partnerId, Func<Partner, Partner> change, CancellationToken cancellationToken);

    /// <summary>Appends to the partner's history; false when an activity with the same key was recorded before.</summary>
    Task<bool> RecordAsync(PartnerActivity activity, CancellationToken cancellationToken);

    /// <summary>The partner's history, oldest first.</summary>
    Task<IReadOnlyList<PartnerActivity>> HistoryAsync(string partnerId, CancellationToken cancellationToken);

    /// <summary>
    /// The partner whose history holds an activity with this <see cref="PartnerActivity.ThreadKey"/> (an outgoing
    /// email's Internet Message-ID), or null: a point read, so a reply can be tied to the email it answers.
    /// </summary>
    Task<Partner?> FindByThreadAsync(string threadKey, CancellationToken cancellationToken);

    /// <summary>The partner known by this organisation name or a spelling variant of it (a point read), or null.</summary>
    Task<Partner?> FindByOrganizationAsync(string organization, CancellationToken cancellationToken);
}
