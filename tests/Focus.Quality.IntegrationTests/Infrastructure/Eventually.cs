namespace Focus.Quality.IntegrationTests.Infrastructure;

/// <summary>Waits for an effect of the outbox, which arrives shortly after the request that caused it.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected effect did not happen in time.");
            }

            await Task.Delay(50);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null) =>
        GetAsync<object>(async () => await condition() ? new object() : null, timeout);
}
