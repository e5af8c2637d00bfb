/**
 * Steering-group meetings (styrgruppsmöten) of an agreement: date, place, attendees from the steering group,
 * agenda and notes, decisions that may concern one focus area, goal or measure, and action items with an owner and
 * a due date. Whether the group meets as often as its rhythm says is shown on the agreement page
 * ({@link se.samverkan.meeting.MeetingPanel}). Access follows the agreement's: its parties read, their coordinators
 * write while it is active, everyone else gets 404.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Steering-group meetings",
        allowedDependencies = {"common", "security", "agreement"})
package se.samverkan.meeting;
