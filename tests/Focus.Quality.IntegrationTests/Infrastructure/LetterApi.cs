using System.Net.Http.Headers;

namespace Focus.Quality.IntegrationTests.Infrastructure;

/// <summary>A quality officer's round through /api/rules/letters: download a template, upload an edited one, publish it.</summary>
public static class LetterApi
{
    public static Task<byte[]> DownloadAsync(HttpClient officer, string template, int number) =>
        officer.GetByteArrayAsync($"/api/rules/letters/{template}/versions/{number}/file");

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient officer, string template, byte[] file, string fileName = "aangepast.docx")
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        form.Add(new StringContent("Extra zin over terugbellen."), "comment");
        return await officer.PostAsync($"/api/rules/letters/{template}/versions", form);
    }

    public static Task<HttpResponseMessage> PublishAsync(HttpClient officer, string template, int number) =>
        officer.PostAsJsonAsync($"/api/rules/letters/{template}/versions/{number}/publish", new { comment = "Voorbeeld bekeken en goedgekeurd." });
}
