namespace OutreachBot.Clinic.Partners;

/// <summary>Adding a contact to a partner without duplicating one it already has (same email, or same name).</summary>
public static class PartnerPeople
{
    /// <summary>
    /// The partner with <paramref name="person"/> among its people: an existing entry with the same email or name is
    /// completed with what it lacked (a corrected email clears its bounce); otherwise the person is added.
    /// </summary>
    public static Partner With(Partner partner, PartnerPerson person)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(person);
        if (string.IsNullOrWhiteSpace(person.Name) && string.IsNullOrWhiteSpace(person.Email) && string.IsNullOrWhiteSpace(person.Phone))
        {
            return partner;
        }

        var people = partner.People.ToList();
        var index = people.FindIndex(p => SamePerson(p, person));
        if (index < 0)
        {
            people.Add(person);
        }
        else
        {
            var known = people[index];
            var email = string.IsNullOrWhiteSpace(person.Email) ? known.Email : person.Email;
            people[index] = known with
            {
                Name = string.IsNullOrWhiteSpace(known.Name) ? person.Name : known.Name,
                Role = known.Role ?? person.Role,
                Email = email,
                Phone = string.IsNullOrWhiteSpace(known.Phone) ? person.Phone : known.Phone,
                EmailBounced = known.EmailBounced && string.Equals(email, known.Email, StringComparison.OrdinalIgnoreCase),
            };
        }

        return people.SequenceEqual(partner.People) ? partner : partner with { People = people };
    }

    /// <summary>Whether two entries are one person: the same email, or the same name where either lacks an email.</summary>
    public static bool SamePerson(PartnerPerson a, PartnerPerson b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!string.IsNullOrWhiteSpace(a.Email) && !string.IsNullOrWhiteSpace(b.Email))
        {
            return string.Equals(a.Email.Trim(), b.Email.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        var name = PartnerNames.PersonKey(a.Name);
        return name.Length > 0 && name == PartnerNames.PersonKey(b.Name);
    }
}
