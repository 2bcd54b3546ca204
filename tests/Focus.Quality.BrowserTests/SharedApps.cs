namespace Focus.Quality.BrowserTests;

/// <summary>
/// Test classes that only add cases of their own, and assert nothing about the app as a whole (counts, rule versions,
/// the workflow), share a running app and its Chromium: each app costs its start on two cores. Two collections, so that
/// two of them still run side by side; a test class in either runs after the other classes of its collection.
/// </summary>
public static class SharedApps
{
    public const string First = "Shared app 1";
    public const string Second = "Shared app 2";

    /// <summary>
    /// Test classes that publish a rule set share an app with one that publishes another kind: each asserts version 2 of
    /// its own kind and nothing about the other's. The two workflow classes each add a review step to version 1, so they
    /// are in different apps; the rule set editor counts every open case its draft would change, so it keeps its own.
    /// </summary>
    public const string PublishingFirst = "Publishing app 1";
    public const string PublishingSecond = "Publishing app 2";

    [CollectionDefinition(First)]
    public sealed class FirstCollection : ICollectionFixture<RunningApp>;

    [CollectionDefinition(Second)]
    public sealed class SecondCollection : ICollectionFixture<RunningApp>;

    [CollectionDefinition(PublishingFirst)]
    public sealed class PublishingFirstCollection : ICollectionFixture<RunningApp>;

    [CollectionDefinition(PublishingSecond)]
    public sealed class PublishingSecondCollection : ICollectionFixture<RunningApp>;
}
