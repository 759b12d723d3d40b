namespace OutreachBot.Clinic;

public enum Urgency
{
    Routine,
    Urgent,
}
