namespace Lab.Classroom.Planning;

/// <summary>Where one student's stack deploys: an account (null: the credentials the instructor runs with) and a Region.</summary>
public sealed record Seat(string Student, string? Account, string Region);
