using OutreachBot.Clinic.Detection;

namespace OutreachBot.Clinic.Referrals;

/// <summary>
/// How the family or referrer hears of a booked evaluation: a letter by email, or a task for the front desk to phone
/// or text (the bot cannot call). The family's stated preference wins; otherwise the referrer (the family itself for a
/// self-referral) gets an email when their address is known, and the front desk phones when it is not.
/// </summary>
/// <param name="EmailTo">The address to write to; null when the front desk tells them.</param>
/// <param name="FrontDesk">How the front desk tells them (phone or text); null when an email goes.</param>
public sealed record EvaluationNotice(string? EmailTo, PreferredContact? FrontDesk)
{
    public static EvaluationNotice For(Referral referral, PatientDetails? patient)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return patient?.PreferredContact switch
        {
            PreferredContact.Phone or PreferredContact.Text => new EvaluationNotice(null, patient.PreferredContact),
            _ when referral.Referrer.Email is { Length: > 0 } email => new EvaluationNotice(email, null),
            _ => new EvaluationNotice(null, PreferredContact.Phone),
        };
    }
}
