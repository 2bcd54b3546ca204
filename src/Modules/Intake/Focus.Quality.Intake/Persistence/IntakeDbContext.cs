using Focus.Quality.Intake.Domain;
using Focus.Quality.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Intake.Persistence;

internal abstract class IntakeDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "intake";

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Signal> Signals => Set<Signal>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    public DbSet<InboxMail> InboxMails => Set<InboxMail>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Complaint>(complaint =>
        {
            complaint.HasKey(c => c.Id);
            complaint.HasIndex(c => c.Reference).IsUnique();
            complaint.HasIndex(c => c.IdempotencyKey).IsUnique();
            complaint.Property(c => c.Reference).HasMaxLength(20);
            complaint.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
            complaint.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
            complaint.Property(c => c.PreferredContact).HasConversion<string>().HasMaxLength(10);
            complaint.Property(c => c.RegisteredBy).HasMaxLength(256);
            complaint.Property(c => c.ComplainantName).HasMaxLength(ComplaintLimits.Name);
            complaint.Property(c => c.Email).HasMaxLength(ComplaintLimits.Email);
            complaint.Property(c => c.Phone).HasMaxLength(ComplaintLimits.Phone);
            complaint.Property(c => c.Description).HasMaxLength(ComplaintLimits.Description);
            complaint.Property(c => c.EmployeeConcerned).HasMaxLength(ComplaintLimits.Name);
            complaint.Property(c => c.ContactPerson).HasMaxLength(ComplaintLimits.Name);
            complaint.Property(c => c.StreetAndNumber).HasMaxLength(ComplaintLimits.StreetAndNumber);
            complaint.Property(c => c.Postcode).HasMaxLength(ComplaintLimits.Postcode);
            complaint.Property(c => c.City).HasMaxLength(ComplaintLimits.City);
        });
        modelBuilder.Entity<Signal>(signal =>
        {
            signal.HasKey(s => s.Id);
            signal.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
            signal.Property(s => s.Category).HasConversion<string>().HasMaxLength(20);
            signal.Property(s => s.Description).HasMaxLength(ComplaintLimits.Description);
            signal.Property(s => s.Resolution).HasMaxLength(ComplaintLimits.Description);
            signal.Property(s => s.RecordedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<InboxMail>(mail =>
        {
            mail.HasKey(m => m.Id);
            mail.HasIndex(m => m.MessageId).IsUnique();
            mail.HasIndex(m => m.ArrivedAt);
            mail.Property(m => m.MessageId).HasMaxLength(InboxMailLimits.Header);
            mail.Property(m => m.Mailbox).HasMaxLength(100);
            mail.Property(m => m.EmlDocumentKey).HasMaxLength(200);
            mail.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            mail.Property(m => m.FromAddress).HasMaxLength(ComplaintLimits.Email);
            mail.Property(m => m.FromName).HasMaxLength(ComplaintLimits.Name);
            mail.Property(m => m.Subject).HasMaxLength(InboxMailLimits.Header);
            mail.Property(m => m.Text).HasMaxLength(ComplaintLimits.Description);
            mail.Property(m => m.InReplyTo).HasMaxLength(InboxMailLimits.Header);
            mail.Property(m => m.References).HasMaxLength(InboxMailLimits.References);
            mail.Property(m => m.Note).HasMaxLength(InboxMailLimits.Note);
            mail.Property(m => m.Status).HasConversion<string>().HasMaxLength(30);
            mail.Property(m => m.CaseReference).HasMaxLength(20);
            mail.Property(m => m.SetAsideReason).HasMaxLength(InboxMailLimits.Note);
            mail.Property(m => m.HandledBy).HasMaxLength(256);
            mail.OwnsMany(m => m.Attachments, attachment =>
            {
                attachment.ToTable("InboxMailAttachments");
                attachment.WithOwner().HasForeignKey("InboxMailId");
                attachment.HasKey(a => a.Id);
                attachment.Property(a => a.FileName).HasMaxLength(200);
                attachment.Property(a => a.ContentType).HasMaxLength(100);
                attachment.Property(a => a.DocumentKey).HasMaxLength(200);
            });
        });
        modelBuilder.Entity<ReferenceCounter>().HasKey(c => c.Year);
        modelBuilder.Entity<ReferenceCounter>().Property(c => c.Year).ValueGeneratedNever();
    }
}

internal sealed class IntakeSqliteDbContext(DbContextOptions<IntakeSqliteDbContext> options) : IntakeDbContext(options);

internal sealed class IntakeSqlServerDbContext(DbContextOptions<IntakeSqlServerDbContext> options) : IntakeDbContext(options);
