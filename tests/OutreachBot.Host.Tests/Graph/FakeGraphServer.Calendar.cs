using Microsoft.AspNetCore.Http;

namespace OutreachBot.Host.Tests.Graph;

public sealed partial class FakeGraphServer
{
    private async Task CalendarAsync(HttpContext context, string user, string[] rest)
    {
        Counters.Other.AddOrUpdate($"{context.Request.Method} {string.Join('/', rest)}", 1, (_, n) => n + 1);
        _ = user;
        await ErrorAsync(context, 404, "ResourceNotFound", null);
    }
}
