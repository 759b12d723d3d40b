namespace OutreachBot.Clinic.Partners;

/// <summary>
/// A contact at a partner organisation. <see cref="EmailBounced"/> is set when mail to the address came back
/// undeliverable: nothing is sent to it again until someone corrects the address.
/// </summary>
public sealed record PartnerPerson(
    string Name,
    ReferrerRole? Role,
    string? Email,
    string? Phone,
    bool EmailBounced = false)
{
    /// <summary>Whether mail may be sent to this person: an address is known and has not bounced.</summary>
    public bool CanEmail => !string.IsNullOrWhiteSpace(Email) && !EmailBounced;
}
