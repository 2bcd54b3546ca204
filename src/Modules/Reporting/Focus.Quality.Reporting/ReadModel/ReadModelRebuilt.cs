namespace Focus.Quality.Reporting.ReadModel;

/// <summary>The answer to a rebuild request: how many events it replays.</summary>
internal sealed record ReadModelRebuilt(int Replayed);
