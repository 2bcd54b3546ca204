global using System.Net.Http.Json;
global using Focus.Quality.IntegrationTests.Infrastructure;
