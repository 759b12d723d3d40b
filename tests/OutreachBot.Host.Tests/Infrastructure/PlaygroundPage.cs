using Microsoft.Playwright;

namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>One test's page on the Playground's UI: open a chat, type as its user, find cards, save screenshots.</summary>
public sealed class PlaygroundPage(IBrowserContext context, IPage page, PlaygroundStreamGuard stream, IReadOnlyCollection<string> errors) : IAsyncDisposable
{
    public const float Timeout = 30_000;

    public IPage Page { get; } = page;

    /// <summary>The guard on the page's conversation stream (what the page cannot take is kept back).</summary>
    public PlaygroundStreamGuard Stream { get; } = stream;

    /// <summary>Errors the page logged or threw so far, to explain a card it did not draw.</summary>
    public string Errors
    {
        get
        {
            lock (errors)
            {
                return errors.Count == 0 ? "(none)" : string.Join(" | ", errors);
            }
        }
    }

    /// <summary>Starts collecting the page's console errors and uncaught exceptions.</summary>
    public static IReadOnlyCollection<string> CollectErrors(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        return errors;
    }

    /// <summary>Opens a chat or channel from the left rail by its exact name ("Referrals", "Personal Chat").</summary>
    public Task OpenAsync(string conversationName) =>
        Page.GetByText(conversationName, new() { Exact = true }).First.ClickAsync();

    /// <summary>The rendered Adaptive Cards that show every one of <paramref name="texts"/>.</summary>
    public ILocator Cards(params string[] texts) =>
        texts.Aggregate(Page.Locator(".ac-adaptiveCard"), (cards, text) => cards.Filter(new() { HasText = text }));

    /// <summary>Types a message as the Playground's user (Dana) into the open chat and sends it.</summary>
    public async Task SayAsync(string text)
    {
        await Page.Locator("[contenteditable='true']").First.ClickAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Waits for <paramref name="card"/>, brings it into view, and saves the page as <paramref name="file"/>, also when it never came.</summary>
    public async Task<ILocator> ShowAsync(ILocator card, string file)
    {
        ArgumentNullException.ThrowIfNull(card);
        try
        {
            await card.WaitForAsync(new() { Timeout = Timeout });
            await card.ScrollIntoViewIfNeededAsync();
        }
        finally
        {
            await ShotAsync(file);
        }

        return card;
    }

    /// <summary>
    /// Waits for <paramref name="card"/> to be drawn and saves the page as <paramref name="file"/>; fails the test with the
    /// page's own errors when it is not drawn in time (the screenshot then shows the page as it stood).
    /// </summary>
    public async Task<ILocator> DrawnAsync(ILocator card, string file, string what)
    {
        try
        {
            return await ShowAsync(card, file);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The Playground's page did not draw {what} within {Timeout / 1000:0} s (events kept back: {Stream.Dropped}; page errors: {Errors}).");
            throw;
        }
    }

    /// <summary>The whole page as artifacts/<paramref name="file"/>.</summary>
    public Task ShotAsync(string file) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, file), FullPage = true });

    /// <summary>One element (a card) as artifacts/<paramref name="file"/>.</summary>
    public static Task ShotAsync(ILocator element, string file)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, file) });
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await context.DisposeAsync();
    }
}
