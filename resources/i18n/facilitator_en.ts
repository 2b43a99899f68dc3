<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Log viewer</source>
        <translation>&amp;Log viewer</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>No backups yet</translation>
    </message>
    <message>
        <source>There are no backups in {0} yet.</source>
        <translation>There are no backups in {0} yet.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Restored the copy of {0}. What it replaced is saved as {1}.</source>
        <translation>Restored the copy of {0}. What it replaced is saved as {1}.</translation>
    </message>
    <message>
        <source>About</source>
        <comment>Database</comment>
        <translation>About</translation>
    </message>
    <message>
        <source>About</source>
        <comment>Backups</comment>
        <translation>About</translation>
    </message>
    <message>
        <source>About</source>
        <comment>Log</comment>
        <translation>About</translation>
    </message>
    <message>
        <source>About</source>
        <comment>Prepare, run, capture and share in-person convenings, offline first.</comment>
        <translation>About</translation>
    </message>
    <message>
        <source>Logging has not started.</source>
        <translation>Logging has not started.</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>The log is empty.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Log messages, newest last</source>
        <translation>Log messages, newest last</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Open log &amp;folder</translation>
    </message>
    <message>
        <source>Every half hour</source>
        <translation>Every half hour</translation>
    </message>
    <message>
        <source>When the app closed</source>
        <translation>When the app closed</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. What you have now is saved as a backup first, so you can come back to it the same way.</source>
        <translation>Choose the copy to go back to. What you have now is saved as a backup first, so you can come back to it the same way.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>Breakout</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>{ANCHOR} {text} {WARN} {overlap_min} min over</source>
        <translation>{ANCHOR} {text} {WARN} {overlap_min} min over</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Go back to the copy of {0}?

Everything changed since then is replaced. What you have now is kept as a backup first.</source>
        <translation>Go back to the copy of {0}?

Everything changed since then is replaced. What you have now is kept as a backup first.</translation>
    </message>
    <message>
        <source>Private (this laptop only)</source>
        <translation>Private (this laptop only)</translation>
    </message>
    <message>
        <source>Team (facilitation team, internal summary)</source>
        <translation>Team (facilitation team, internal summary)</translation>
    </message>
    <message>
        <source>Shared (participant summary)</source>
        <translation>Shared (participant summary)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Default Word template</source>
        <translation>Default Word template</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.dotx)</source>
        <translation>Word documents (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Shown as the author of exported documents</source>
        <translation>Shown as the author of exported documents</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Organisation name:</translation>
    </message>
    <message>
        <source>Facilitator's own styles</source>
        <translation>Facilitator's own styles</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the default Word template</source>
        <translation>Choose the default Word template</translation>
    </message>
    <message>
        <source>Word &amp;template:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <source>Who sees new captures</source>
        <translation>Who sees new captures</translation>
    </message>
    <message>
        <source>Default visibility of a new {0}</source>
        <translation>Default visibility of a new {0}</translation>
    </message>
    <message>
        <source>Default visibility of a new commitment</source>
        <translation>Default visibility of a new commitment</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Commitment:</translation>
    </message>
    <message>
        <source>Running and reading</source>
        <translation>Running and reading</translation>
    </message>
    <message>
        <source>Wrap-up warning, minutes before an item ends</source>
        <translation>Wrap-up warning, minutes before an item ends</translation>
    </message>
    <message>
        <source> min before the end</source>
        <translation> min before the end</translation>
    </message>
    <message>
        <source>&amp;Wrap-up warning:</source>
        <translation>&amp;Wrap-up warning:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Te&amp;xt size:</translation>
    </message>
    <message>
        <source>Deliver exports to</source>
        <translation>Deliver exports to</translation>
    </message>
    <message>
        <source>Where exports are delivered</source>
        <translation>Where exports are delivered</translation>
    </message>
    <message>
        <source>Nowhere (no network at all)</source>
        <translation>Nowhere (no network at all)</translation>
    </message>
    <message>
        <source>A synced folder (OneDrive, Google Drive, Dropbox…)</source>
        <translation>A synced folder (OneDrive, Google Drive, Dropbox…)</translation>
    </message>
    <message>
        <source>A WebDAV server</source>
        <translation>A WebDAV server</translation>
    </message>
    <message>
        <source>&amp;Deliver to:</source>
        <translation>&amp;Deliver to:</translation>
    </message>
    <message>
        <source>Synced folder</source>
        <translation>Synced folder</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Choose the synced folder</source>
        <translation>Choose the synced folder</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>WebDAV folder address</source>
        <translation>WebDAV folder address</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>WebDAV user name</source>
        <translation>WebDAV user name</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>U&amp;ser name:</translation>
    </message>
    <message>
        <source>The password is asked at the first delivery and kept in the system keyring, never in a file.</source>
        <translation>The password is asked at the first delivery and kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <source>Start, pause or resume the current item</source>
        <translation>Start, pause or resume the current item</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>One more minute for the current item</source>
        <translation>One more minute for the current item</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>One minute less</translation>
    </message>
    <message>
        <source>Room display on the projector (Esc closes it, F11 full screen)</source>
        <translation>Room display on the projector (Esc closes it, F11 full screen)</translation>
    </message>
    <message>
        <source>Save the capture</source>
        <translation>Save the capture</translation>
    </message>
    <message>
        <source>Close the capture bar (the text is kept)</source>
        <translation>Close the capture bar (the text is kept)</translation>
    </message>
    <message>
        <source>Next visibility: private, team, shared</source>
        <translation>Next visibility: private, team, shared</translation>
    </message>
    <message>
        <source>The kind's extra fields: rationale, speaker, owner, due date</source>
        <translation>The kind's extra fields: rationale, speaker, owner, due date</translation>
    </message>
    <message>
        <source>Typed at the start: picks the kind (d: decision, q: question, …)</source>
        <translation>Typed at the start: picks the kind (d: decision, q: question, …)</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>Anywhere in the window</translation>
    </message>
    <message>
        <source>In the {0} tab</source>
        <translation>In the {0} tab</translation>
    </message>
    <message>
        <source>In the {0} list</source>
        <translation>In the {0} list</translation>
    </message>
    <message>
        <source>In the Run tab</source>
        <translation>In the Run tab</translation>
    </message>
    <message>
        <source>In the capture bar (Ctrl+E)</source>
        <translation>In the capture bar (Ctrl+E)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Edit {names} of “{title}”</source>
        <translation>Edit {names} of “{title}”</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Delete {count}</source>
        <translation>Delete {count}</translation>
    </message>
    <message>
        <source>Move {count}</source>
        <translation>Move {count}</translation>
    </message>
    <message>
        <source>Change the day's times</source>
        <translation>Change the day's times</translation>
    </message>
    <message>
        <source>Save block “{title}”</source>
        <translation>Save block “{title}”</translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>1 agenda item</translation>
    </message>
    <message>
        <source>{n_ids} agenda items</source>
        <translation>{n_ids} agenda items</translation>
    </message>
    <message>
        <source>Day {number}</source>
        <translation>Day {number}</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>What the room will have or know at the end</source>
        <translation>What the room will have or know at the end</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>How: round robin, small groups, gallery walk…</source>
        <translation>How: round robin, small groups, gallery walk…</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>M&amp;aterials:</translation>
    </message>
    <message>
        <source>Slides, worksheets, talking piece…</source>
        <translation>Slides, worksheets, talking piece…</translation>
    </message>
    <message>
        <source>&amp;Notes (facilitators only):</source>
        <translation>&amp;Notes (facilitators only):</translation>
    </message>
    <message>
        <source>Never shown to the room</source>
        <translation>Never shown to the room</translation>
    </message>
    <message>
        <source>Copy the selected items to the end of:</source>
        <translation>Copy the selected items to the end of:</translation>
    </message>
    <message>
        <source>Save as block</source>
        <translation>Save as block</translation>
    </message>
    <message>
        <source>Name the block (it goes into the library for any convening):</source>
        <translation>Name the block (it goes into the library for any convening):</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>Insert block</translation>
    </message>
    <message>
        <source>Insert this block after the selected item:</source>
        <translation>Insert this block after the selected item:</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy to day…</source>
        <translation>&amp;Copy to day…</translation>
    </message>
    <message>
        <source>Copy to con&amp;vening…</source>
        <translation>Copy to con&amp;vening…</translation>
    </message>
    <message>
        <source>Save as &amp;block…</source>
        <translation>Save as &amp;block…</translation>
    </message>
    <message>
        <source>&amp;Insert block…</source>
        <translation>&amp;Insert block…</translation>
    </message>
    <message>
        <source>Copy to day</source>
        <translation>Copy to day</translation>
    </message>
    <message>
        <source>Copy to convening</source>
        <translation>Copy to convening</translation>
    </message>
    <message>
        <source>Copy {count}</source>
        <translation>Copy {count}</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>the day</translation>
    </message>
    <message>
        <source>Copied {count} to the end of {where}.</source>
        <translation>Copied {count} to the end of {where}.</translation>
    </message>
    <message>
        <source>Saved {count} as the block “{strip}”.</source>
        <translation>Saved {count} as the block “{strip}”.</translation>
    </message>
    <message>
        <source>The block library is empty: select items and use Save as block first.</source>
        <translation>The block library is empty: select items and use Save as block first.</translation>
    </message>
    <message>
        <source>Planned end {format_time_of_day}</source>
        <translation>Planned end {format_time_of_day}</translation>
    </message>
    <message>
        <source> (day ends {format_time_of_day})</source>
        <translation> (day ends {format_time_of_day})</translation>
    </message>
    <message>
        <source>Content {duration_text}</source>
        <translation>Content {duration_text}</translation>
    </message>
    <message>
        <source>Breaks {duration_text}</source>
        <translation>Breaks {duration_text}</translation>
    </message>
    <message>
        <source>Free before fixed items {duration_text}</source>
        <translation>Free before fixed items {duration_text}</translation>
    </message>
    <message>
        <source>Facilitator bundle (*{suffix})</source>
        <translation>Facilitator bundle (*{suffix})</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>{text}

Settle the conflicts now?</source>
        <translation>{text}

Settle the conflicts now?</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>Export &amp;bundle…</translation>
    </message>
    <message>
        <source>Import b&amp;undle…</source>
        <translation>Import b&amp;undle…</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>Con&amp;flicts…</translation>
    </message>
    <message>
        <source>Wrote {path}.
Private entries and commitments were left out.</source>
        <translation>Wrote {path}.
Private entries and commitments were left out.</translation>
    </message>
    <message>
        <source>{exc}

Nothing was changed.</source>
        <translation>{exc}

Nothing was changed.</translation>
    </message>
    <message>
        <source>Private: stays on this laptop</source>
        <translation>Private: stays on this laptop</translation>
    </message>
    <message>
        <source>Team: facilitation team and the internal summary</source>
        <translation>Team: facilitation team and the internal summary</translation>
    </message>
    <message>
        <source>Shared: goes into the participants' summary</source>
        <translation>Shared: goes into the participants' summary</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(no agenda item)</translation>
    </message>
    <message>
        <source>Move entries</source>
        <translation>Move entries</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>How was this resolved?

{text}</source>
        <translation>How was this resolved?

{text}</translation>
    </message>
    <message>
        <source>Turn into an agenda item</source>
        <translation>Turn into an agenda item</translation>
    </message>
    <message>
        <source>Add at the end of:</source>
        <translation>Add at the end of:</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>&amp;Quick capture</source>
        <translation>&amp;Quick capture</translation>
    </message>
    <message>
        <source>Capture a note, decision, question, quote, feedback or commitment</source>
        <translation>Capture a note, decision, question, quote, feedback or commitment</translation>
    </message>
    <message>
        <source>Add commitment “{value}”</source>
        <translation>Add commitment “{value}”</translation>
    </message>
    <message>
        <source>Delete commitment “{value}”</source>
        <translation>Delete commitment “{value}”</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept (now in the record)</source>
        <translation>Kept (now in the record)</translation>
    </message>
    <message>
        <source>Set aside (from the other laptop)</source>
        <translation>Set aside (from the other laptop)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Create “{strip}”</source>
        <translation>Create “{strip}”</translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation>Duplicate “{title}”</translation>
    </message>
    <message>
        <source>Rename “{old}”</source>
        <translation>Rename “{old}”</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Delete “{title}”</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Capture {kind}</source>
        <translation>Capture {kind}</translation>
    </message>
    <message>
        <source>Capture commitment</source>
        <translation>Capture commitment</translation>
    </message>
    <message>
        <source>Delete {n_entry_ids} {noun}</source>
        <translation>Delete {n_entry_ids} {noun}</translation>
    </message>
    <message>
        <source>Make {n_entry_ids} {value}</source>
        <translation>Make {n_entry_ids} {value}</translation>
    </message>
    <message>
        <source>Move to another agenda item</source>
        <translation>Move to another agenda item</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <source>Resolve parked item</source>
        <translation>Resolve parked item</translation>
    </message>
    <message>
        <source>Facilitator hit a problem</source>
        <translation>Facilitator hit a problem</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing may not have finished.

{summary}

Everything saved before this moment is safe. The details are in the log:
{log_file}</source>
        <translation>Something went wrong, and what you were doing may not have finished.

{summary}

Everything saved before this moment is safe. The details are in the log:
{log_file}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Facilitation team</source>
        <translation>Facilitation team</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word documents and templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Saved {name}</translation>
    </message>
    <message>
        <source>About the template:</source>
        <translation>About the template:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Commitments &amp;ledger…</source>
        <translation>Commitments &amp;ledger…</translation>
    </message>
    <message>
        <source>Every commitment of every convening, overdue first</source>
        <translation>Every commitment of every convening, overdue first</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Search notes, decisions and commitments everywhere</source>
        <translation>Search notes, decisions and commitments everywhere</translation>
    </message>
    <message>
        <source>This convening’s &amp;commitments</source>
        <translation>This convening’s &amp;commitments</translation>
    </message>
    <message>
        <source>Commi&amp;tments</source>
        <translation>Commi&amp;tments</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import {kind} from a CSV file</source>
        <translation>Import {kind} from a CSV file</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{path} could not be read: {value}.</source>
        <translation>{path} could not be read: {value}.</translation>
    </message>
    <message>
        <source> (fixed)</source>
        <translation> (fixed)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) LATE</source>
        <translation>
            <numerusform>%n day LATE</numerusform>
            <numerusform>%n days LATE</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>parking lot</source>
        <translation>parking lot</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>quote</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>feedback</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>requirement</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Convening</source>
        <translation>Convening</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>Edit commitment</translation>
    </message>
    <message>
        <source>Outbox: all delivered</source>
        <translation>Outbox: all delivered</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting</source>
        <translation>Outbox: {waiting} waiting</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>no target set</translation>
    </message>
    <message>
        <source>delivering…</source>
        <translation>delivering…</translation>
    </message>
    <message>
        <source>last try {when}{tail}</source>
        <translation>last try {when}{tail}</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>Outbox status</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>Out&amp;box…</translation>
    </message>
    <message>
        <source>Open File › Outbox… for details.</source>
        <translation>Open File › Outbox… for details.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Where it went, or why not</source>
        <translation>Where it went, or why not</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Next try</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation>Delivering…</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Password for delivery</source>
        <translation>Password for delivery</translation>
    </message>
    <message>
        <source>Password for {user} at {url}
(kept until Facilitator closes):</source>
        <translation>Password for {user} at {url}
(kept until Facilitator closes):</translation>
    </message>
    <message>
        <source>Delivery target</source>
        <translation>Delivery target</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so the password is kept only until Facilitator closes; it will ask again next time.</source>
        <translation>There is no system keyring on this computer, so the password is kept only until Facilitator closes; it will ask again next time.</translation>
    </message>
    <message>
        <source>Deliver exports to this folder</source>
        <translation>Deliver exports to this folder</translation>
    </message>
    <message>
        <source>Remove from the outbox</source>
        <translation>Remove from the outbox</translation>
    </message>
    <message>
        <source>Remove {name} from the outbox? A copy already delivered stays where it is.</source>
        <translation>Remove {name} from the outbox? A copy already delivered stays where it is.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Entries captured</source>
        <translation>Entries captured</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Edit {field} of “{old}”</source>
        <translation>Edit {field} of “{old}”</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Edit {field}</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
    <message>
        <source>Check in “{name}”</source>
        <translation>Check in “{name}”</translation>
    </message>
    <message>
        <source>Add walk-in “{name}”</source>
        <translation>Add walk-in “{name}”</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Alt+1–7 kind · Alt+V visibility · Tab more · Enter save · Esc close</source>
        <translation>Alt+1–7 kind · Alt+V visibility · Tab more · Enter save · Esc close</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source> (this laptop)</source>
        <translation> (this laptop)</translation>
    </message>
    <message>
        <source>Room display</source>
        <translation>Room display</translation>
    </message>
    <message>
        <source>Show the room display on:</source>
        <translation>Show the room display on:</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source> (was {duration_min})</source>
        <translation> (was {duration_min})</translation>
    </message>
    <message>
        <source>{hm}–{hm2} · {took} min</source>
        <translation>{hm}–{hm2} · {took} min</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Capt&amp;ure</source>
        <translation>Capt&amp;ure</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>Co&amp;mmitments</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About Facilitator</source>
        <translation>About Facilitator</translation>
    </message>
</context>
<context>
    <name>AgendaDelegate</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>Day starts at</translation>
    </message>
    <message>
        <source>Day ends at</source>
        <translation>Day ends at</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <source>&amp;Delete item</source>
        <translation>&amp;Delete item</translation>
    </message>
    <message>
        <source>Delete the selected items (Del; undo with Ctrl+Z)</source>
        <translation>Delete the selected items (Del; undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Da&amp;ys</source>
        <translation>Da&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Day {n}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted {what}. Undo with Ctrl+Z.</source>
        <translation>Deleted {what}. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>{span}, computed from the items before it.</source>
        <translation>{span}, computed from the items before it.</translation>
    </message>
    <message>
        <source>{span}, fixed start: it stays at this time whatever comes before it.</source>
        <translation>{span}, fixed start: it stays at this time whatever comes before it.</translation>
    </message>
    <message>
        <source> The items before it run {overlap_min} min into it.</source>
        <translation> The items before it run {overlap_min} min into it.</translation>
    </message>
    <message>
        <source> {gap_before_min} min free before it.</source>
        <translation> {gap_before_min} min free before it.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>An agenda item needs a title.</translation>
    </message>
</context>
<context>
    <name>AgendaTable</name>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup failed: {value}</source>
        <translation>Backup failed: {value}</translation>
    </message>
    <message>
        <source>Backup skipped: the database failed its integrity check. See Help › Log viewer, and restore a backup from File › Restore.</source>
        <translation>Backup skipped: the database failed its integrity check. See Help › Log viewer, and restore a backup from File › Restore.</translation>
    </message>
</context>
<context>
    <name>CaptureExtras</name>
    <message>
        <source>Why? (rationale)</source>
        <translation>Why? (rationale)</translation>
    </message>
    <message>
        <source>Requirement or suggestion</source>
        <translation>Requirement or suggestion</translation>
    </message>
    <message>
        <source>Who said it?</source>
        <translation>Who said it?</translation>
    </message>
    <message>
        <source>Plus or delta</source>
        <translation>Plus or delta</translation>
    </message>
    <message>
        <source>Owner: person or organisation</source>
        <translation>Owner: person or organisation</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation>Due YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>CheckInModel</name>
    <message>
        <source>＋ Add walk-in “{walk_in_name}”  (Enter)</source>
        <translation>＋ Add walk-in “{walk_in_name}”  (Enter)</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>not checked in</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Day to check in for</source>
        <translation>Day to check in for</translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation>Find a participant</translation>
    </message>
    <message>
        <source>Type a name…   Enter: check in   Ctrl+Enter: walk-in</source>
        <translation>Type a name…   Enter: check in   Ctrl+Enter: walk-in</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Matching participants</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>{present_count} of {n_participants} here</source>
        <translation>{present_count} of {n_participants} here</translation>
    </message>
    <message>
        <source>{name} was already checked in at {when}.</source>
        <translation>{name} was already checked in at {when}.</translation>
    </message>
    <message>
        <source>✓ {name} is checked in.  (Ctrl+Z undoes)</source>
        <translation>✓ {name} is checked in.  (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>✓ Walk-in {name} added and checked in.  (Ctrl+Z undoes)</source>
        <translation>✓ Walk-in {name} added and checked in.  (Ctrl+Z undoes)</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>Open commitments from the last convening</source>
        <translation>Open commitments from the last convening</translation>
    </message>
    <message>
        <source>{n} still open</source>
        <translation>{n} still open</translation>
    </message>
    <message>
        <source>nothing left open</source>
        <translation>nothing left open</translation>
    </message>
    <message>
        <source>From the last convening of this series — {title}: {still}</source>
        <translation>From the last convening of this series — {title}: {still}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Keep this value</translation>
    </message>
    <message>
        <source>&amp;Use the set-aside value</source>
        <translation>&amp;Use the set-aside value</translation>
    </message>
    <message>
        <source>{n_rows} field(s) were changed on two laptops before they met. The merge kept the later change; choose for each which value stays.</source>
        <translation>{n_rows} field(s) were changed on two laptops before they met. The merge kept the later change; choose for each which value stays.</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>No conflicts to settle.</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>{n_items} items, {start}–{end}. Drop agenda items here to move them to the end of this day.</source>
        <translation>{n_items} items, {start}–{end}. Drop agenda items here to move them to the end of this day.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Rename convening</source>
        <translation>Rename convening</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <source>Delete convening</source>
        <translation>Delete convening</translation>
    </message>
    <message>
        <source>Delete “{0}” with its agenda, participants and captures?

You can bring it back with Edit › Undo (Ctrl+Z).</source>
        <translation>Delete “{0}” with its agenda, participants and captures?

You can bring it back with Edit › Undo (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Why: {rationale}</source>
        <translation>Why: {rationale}</translation>
    </message>
    <message>
        <source>Resolved: {resolution}</source>
        <translation>Resolved: {resolution}</translation>
    </message>
</context>
<context>
    <name>EntriesView</name>
    <message>
        <source>Show kind</source>
        <translation>Show kind</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Parking lot: open</source>
        <translation>Parking lot: open</translation>
    </message>
    <message>
        <source>Parking lot: all</source>
        <translation>Parking lot: all</translation>
    </message>
    <message>
        <source>Show agenda item</source>
        <translation>Show agenda item</translation>
    </message>
    <message>
        <source>Show visibility</source>
        <translation>Show visibility</translation>
    </message>
    <message>
        <source>Any visibility</source>
        <translation>Any visibility</translation>
    </message>
    <message>
        <source>Captured entries</source>
        <translation>Captured entries</translation>
    </message>
    <message>
        <source>Text of the selected entry</source>
        <translation>Text of the selected entry</translation>
    </message>
    <message>
        <source>Select an entry to edit its text; it saves as you type.</source>
        <translation>Select an entry to edit its text; it saves as you type.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>&amp;Move to item…</source>
        <translation>&amp;Move to item…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <source>Add to a later &amp;day…</source>
        <translation>Add to a later &amp;day…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibility:</translation>
    </message>
    <message>
        <source>All agenda items</source>
        <translation>All agenda items</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation>{n} shown</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>{done} Undo with Ctrl+Z.</source>
        <translation>{done} Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>{n_ids} made {value}.</source>
        <translation>{n_ids} made {value}.</translation>
    </message>
    <message>
        <source>Deleted {n_ids}.</source>
        <translation>Deleted {n_ids}.</translation>
    </message>
    <message>
        <source>Moved {n_ids}.</source>
        <translation>Moved {n_ids}.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Resolved.</translation>
    </message>
    <message>
        <source>Added to the agenda.</source>
        <translation>Added to the agenda.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>What this audience will not see</source>
        <translation>What this audience will not see</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Built-in template</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>De&amp;liver to {describe} when online</source>
        <translation>De&amp;liver to {describe} when online</translation>
    </message>
    <message>
        <source>Queue for de&amp;livery (no target yet: File › Outbox…)</source>
        <translation>Queue for de&amp;livery (no target yet: File › Outbox…)</translation>
    </message>
    <message>
        <source>Deliver when online</source>
        <translation>Deliver when online</translation>
    </message>
    <message>
        <source>An agenda holds no captured notes; facilitator-only fields are left out.</source>
        <translation>An agenda holds no captured notes; facilitator-only fields are left out.</translation>
    </message>
    <message>
        <source>For the team only: includes facilitator notes, methods and materials.</source>
        <translation>For the team only: includes facilitator notes, methods and materials.</translation>
    </message>
    <message>
        <source>Choose where to save the document.</source>
        <translation>Choose where to save the document.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {kind} from {filename}</source>
        <translation>Import {kind} from {filename}</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Import into</translation>
    </message>
    <message>
        <source>A new convening…</source>
        <translation>A new convening…</translation>
    </message>
    <message>
        <source>Title of the new convening</source>
        <translation>Title of the new convening</translation>
    </message>
    <message>
        <source>&amp;Replace the items already on those days</source>
        <translation>&amp;Replace the items already on those days</translation>
    </message>
    <message>
        <source>Off: the imported items are added after the day's items.</source>
        <translation>Off: the imported items are added after the day's items.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Import &amp;into:</translation>
    </message>
    <message>
        <source>New &amp;title:</source>
        <translation>New &amp;title:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file can't be imported; nothing will be written.&lt;/b&gt;&lt;br&gt;{error}&lt;br&gt;Fix the file and import it again.</source>
        <translation>&lt;b&gt;This file can't be imported; nothing will be written.&lt;/b&gt;&lt;br&gt;{error}&lt;br&gt;Fix the file and import it again.</translation>
    </message>
    <message>
        <source>(give it a title)</source>
        <translation>(give it a title)</translation>
    </message>
    <message>
        <source>a new convening “{title}”</source>
        <translation>a new convening “{title}”</translation>
    </message>
    <message>
        <source>a new day</source>
        <translation>a new day</translation>
    </message>
    <message>
        <source>replacing its {existing} items</source>
        <translation>replacing its {existing} items</translation>
    </message>
    <message>
        <source>after its {existing} items</source>
        <translation>after its {existing} items</translation>
    </message>
    <message>
        <source>an empty day</source>
        <translation>an empty day</translation>
    </message>
    <message>
        <source>Day {number}: {rows} items, {what}</source>
        <translation>Day {number}: {rows} items, {what}</translation>
    </message>
    <message>
        <source>{n_rows} agenda items go to {where}.</source>
        <translation>{n_rows} agenda items go to {where}.</translation>
    </message>
    <message>
        <source>Ignored columns: {join}.</source>
        <translation>Ignored columns: {join}.</translation>
    </message>
    <message>
        <source>Read as {encoding}.</source>
        <translation>Read as {encoding}.</translation>
    </message>
    <message>
        <source>{value} participants go to {where}.</source>
        <translation>{value} participants go to {where}.</translation>
    </message>
    <message>
        <source>
{skipped} already there (same e-mail, or name and organisation) are skipped (greyed).</source>
        <translation>
{skipped} already there (same e-mail, or name and organisation) are skipped (greyed).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import {filename}</source>
        <translation>Import {filename}</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <source>No item selected</source>
        <translation>No item selected</translation>
    </message>
    <message>
        <source>O&amp;ptional: may be dropped when the day runs late</source>
        <translation>O&amp;ptional: may be dropped when the day runs late</translation>
    </message>
    <message>
        <source>Minimum duration in minutes</source>
        <translation>Minimum duration in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>No minimum</translation>
    </message>
    <message>
        <source>Mi&amp;nimum length:</source>
        <translation>Mi&amp;nimum length:</translation>
    </message>
    <message>
        <source>&amp;Fixed start at</source>
        <translation>&amp;Fixed start at</translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation>Fixed start time</translation>
    </message>
</context>
<context>
    <name>KindChip</name>
    <message>
        <source>Kind: {value}</source>
        <translation>Kind: {value}</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Convening: {convening_title}</source>
        <translation>Convening: {convening_title}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notes: {notes}</translation>
    </message>
    <message>
        <source>Said during: {agenda_item_title}</source>
        <translation>Said during: {agenda_item_title}</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Still open (open or in progress)</source>
        <translation>Still open (open or in progress)</translation>
    </message>
    <message>
        <source>Convening</source>
        <translation>Convening</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Words in the commitment</source>
        <translation>Words in the commitment</translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation>Filter by words…</translation>
    </message>
    <message>
        <source>&amp;Add commitment…</source>
        <translation>&amp;Add commitment…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected commitment (Delete); Ctrl+Z undoes</source>
        <translation>Delete the selected commitment (Delete); Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All convenings</source>
        <translation>All convenings</translation>
    </message>
    <message>
        <source>{n_rows} of {n_everything} commitments</source>
        <translation>{n_rows} of {n_everything} commitments</translation>
    </message>
    <message>
        <source>{shown} · {overdue} OVERDUE</source>
        <translation>{shown} · {overdue} OVERDUE</translation>
    </message>
    <message>
        <source>{shown} · none overdue</source>
        <translation>{shown} · none overdue</translation>
    </message>
    <message>
        <source>Add a commitment to this convening</source>
        <translation>Add a commitment to this convening</translation>
    </message>
    <message>
        <source>Choose a convening in the first list to add a commitment to it</source>
        <translation>Choose a convening in the first list to add a commitment to it</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <source>Commitments ledger — Facilitator</source>
        <translation>Commitments ledger — Facilitator</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No convening open.

Create one with File › New convening (Ctrl+N),
or run `facilitator demo` to explore a finished example.</source>
        <translation>No convening open.

Create one with File › New convening (Ctrl+N),
or run `facilitator demo` to explore a finished example.</translation>
    </message>
    <message>
        <source>Convenings</source>
        <translation>Convenings</translation>
    </message>
    <message>
        <source>&amp;Convenings</source>
        <translation>&amp;Convenings</translation>
    </message>
    <message>
        <source>Data: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <source>&amp;New convening…</source>
        <translation>&amp;New convening…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Import &amp;agenda…</source>
        <translation>Import &amp;agenda…</translation>
    </message>
    <message>
        <source>Import &amp;participants…</source>
        <translation>Import &amp;participants…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <source>&amp;Convenings list</source>
        <translation>&amp;Convenings list</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;About Facilitator</translation>
    </message>
    <message>
        <source>Deleted “{0}”. Undo with Ctrl+Z.</source>
        <translation>Deleted “{0}”. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>NewCommitmentDialog</name>
    <message>
        <source>New commitment</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>e.g. Send the equity budgeting report to the network</source>
        <translation>e.g. Send the equity budgeting report to the network</translation>
    </message>
    <message>
        <source>Owner: a participant or an organisation</source>
        <translation>Owner: a participant or an organisation</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Has a due date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>NewConveningDialog</name>
    <message>
        <source>New convening</source>
        <translation>New convening</translation>
    </message>
    <message>
        <source>e.g. Cities Learning Exchange: Autumn Convening</source>
        <translation>e.g. Cities Learning Exchange: Autumn Convening</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dates are set</source>
        <translation>Dates are set</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Optional: the network or programme it belongs to</source>
        <translation>Optional: the network or programme it belongs to</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Deliver to a &amp;folder…</source>
        <translation>Deliver to a &amp;folder…</translation>
    </message>
    <message>
        <source>Deliver to a &amp;WebDAV server…</source>
        <translation>Deliver to a &amp;WebDAV server…</translation>
    </message>
    <message>
        <source>&amp;No target</source>
        <translation>&amp;No target</translation>
    </message>
    <message>
        <source>&amp;Deliver now</source>
        <translation>&amp;Deliver now</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Retry now</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>No target: exports stay on this laptop.</source>
        <translation>No target: exports stay on this laptop.</translation>
    </message>
    <message>
        <source>Delivering to {describe}.</source>
        <translation>Delivering to {describe}.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Not tried yet</source>
        <translation>Not tried yet</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Soon</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>the WebDAV password is needed (File › Outbox…)</source>
        <translation>the WebDAV password is needed (File › Outbox…)</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Series: {series}</source>
        <translation>Series: {series}</translation>
    </message>
    <message>
        <source>No purpose written yet.</source>
        <translation>No purpose written yet.</translation>
    </message>
    <message>
        <source>No objectives written yet.</source>
        <translation>No objectives written yet.</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <source>Owner: a participant or an organisation</source>
        <translation>Owner: a participant or an organisation</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>not checked in</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>Add a participant (Insert)</source>
        <translation>Add a participant (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected participant (Delete); Ctrl+Z undoes</source>
        <translation>Remove the selected participant (Delete); Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Check-in at the door</source>
        <translation>Check-in at the door</translation>
    </message>
    <message>
        <source>{total} people · {here} here on {currentText}</source>
        <translation>{total} people · {here} here on {currentText}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Already in the convening: will be skipped</source>
        <translation>Already in the convening: will be skipped</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Type what was said…  (d: decision  q: question  p: parked)</source>
        <translation>Type what was said…  (d: decision  q: question  p: parked)</translation>
    </message>
    <message>
        <source>Agenda item it is filed under</source>
        <translation>Agenda item it is filed under</translation>
    </message>
    <message>
        <source>No agenda item (nothing running)</source>
        <translation>No agenda item (nothing running)</translation>
    </message>
    <message>
        <source>▶ Now</source>
        <translation>▶ Now</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>No agenda item</translation>
    </message>
    <message>
        <source>Recovered unsaved text. Enter saves it, Esc keeps it for later.</source>
        <translation>Recovered unsaved text. Enter saves it, Esc keeps it for later.</translation>
    </message>
    <message>
        <source>Type something first.</source>
        <translation>Type something first.</translation>
    </message>
    <message>
        <source>Open a convening first; the text is kept.</source>
        <translation>Open a convening first; the text is kept.</translation>
    </message>
    <message>
        <source>The due date should look like 2026-04-30.</source>
        <translation>The due date should look like 2026-04-30.</translation>
    </message>
    <message>
        <source>no agenda item</source>
        <translation>no agenda item</translation>
    </message>
    <message>
        <source>Saved {lower} at {when} under “{label}”.</source>
        <translation>Saved {lower} at {when} under “{label}”.</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan the rest of the day</source>
        <translation>Re-plan the rest of the day</translation>
    </message>
    <message>
        <source>Proposed plan</source>
        <translation>Proposed plan</translation>
    </message>
    <message>
        <source>Allow cutting &amp;breaks</source>
        <translation>Allow cutting &amp;breaks</translation>
    </message>
    <message>
        <source>&amp;Drop optional items</source>
        <translation>&amp;Drop optional items</translation>
    </message>
    <message>
        <source>&amp;Accept re-plan</source>
        <translation>&amp;Accept re-plan</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Dis&amp;miss</translation>
    </message>
</context>
<context>
    <name>ReplanModel</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>−{duration_min} min</source>
        <translation>−{duration_min} min</translation>
    </message>
    <message>
        <source>{change} min</source>
        <translation>{change} min</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <source>Room display — Facilitator</source>
        <translation>Room display — Facilitator</translation>
    </message>
    <message>
        <source>Room display</source>
        <translation>Room display</translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation>Timer state</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Time remaining</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Up next</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>Message to the room</translation>
    </message>
    <message>
        <source>Next: {next_title}</source>
        <translation>Next: {next_title}</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Day to run</source>
        <translation>Day to run</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Ahead or behind</source>
        <translation>Ahead or behind</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Up next</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Facilitator notes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>◀ Previous (P)</source>
        <translation>◀ Previous (P)</translation>
    </message>
    <message>
        <source>Next ▶ (N)</source>
        <translation>Next ▶ (N)</translation>
    </message>
    <message>
        <source>−1 min (-)</source>
        <translation>−1 min (-)</translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation>+1 min (+)</translation>
    </message>
    <message>
        <source>Restart item</source>
        <translation>Restart item</translation>
    </message>
    <message>
        <source>Finish day</source>
        <translation>Finish day</translation>
    </message>
    <message>
        <source>Re-plan…</source>
        <translation>Re-plan…</translation>
    </message>
    <message>
        <source>Room display (F5)</source>
        <translation>Room display (F5)</translation>
    </message>
    <message>
        <source>Today's agenda; double-click or Enter to jump to an item</source>
        <translation>Today's agenda; double-click or Enter to jump to an item</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>Message to the room</translation>
    </message>
    <message>
        <source>Message to the room, e.g. Back at 10:45 — Enter shows it</source>
        <translation>Message to the room, e.g. Back at 10:45 — Enter shows it</translation>
    </message>
    <message>
        <source>Clear message</source>
        <translation>Clear message</translation>
    </message>
    <message>
        <source>Show in room</source>
        <translation>Show in room</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>The day has finished; double-click an item to carry on.</source>
        <translation>The day has finished; double-click an item to carry on.</translation>
    </message>
    <message>
        <source>No day to run: add days to the convening first.</source>
        <translation>No day to run: add days to the convening first.</translation>
    </message>
    <message>
        <source>Ready to start: {title}</source>
        <translation>Ready to start: {title}</translation>
    </message>
    <message>
        <source>Nothing on the agenda</source>
        <translation>Nothing on the agenda</translation>
    </message>
    <message>
        <source>Press Space to start the day</source>
        <translation>Press Space to start the day</translation>
    </message>
    <message>
        <source>Now · {kind}</source>
        <translation>Now · {kind}</translation>
    </message>
    <message>
        <source>Day finished at {hour}:{minute:02d}.</source>
        <translation>Day finished at {hour}:{minute:02d}.</translation>
    </message>
    <message>
        <source>{pace} · day projected to end at {hour}:{minute:02d}</source>
        <translation>{pace} · day projected to end at {hour}:{minute:02d}</translation>
    </message>
    <message>
        <source>Next: {title} ({duration})</source>
        <translation>Next: {title} ({duration})</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left today</source>
        <translation>
            <numerusform>%n item left today</numerusform>
            <numerusform>%n items left today</numerusform>
        </translation>
    </message>
    <message>
        <source>Last item of the day.</source>
        <translation>Last item of the day.</translation>
    </message>
    <message>
        <source>Your notes (not shown to the room): {notes}</source>
        <translation>Your notes (not shown to the room): {notes}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every convening</source>
        <translation>Search every convening</translation>
    </message>
    <message>
        <source>Search notes, decisions, commitments…</source>
        <translation>Search notes, decisions, commitments…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Any visibility</source>
        <translation>Any visibility</translation>
    </message>
    <message>
        <source>Convening</source>
        <translation>Convening</translation>
    </message>
    <message>
        <source>All convenings</source>
        <translation>All convenings</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Type to search every convening.</source>
        <translation>Type to search every convening.</translation>
    </message>
    <message>
        <source> (the newest)</source>
        <translation> (the newest)</translation>
    </message>
    <message>
        <source>{n_rows} found{more}. Enter opens one.</source>
        <translation>{n_rows} found{more}. Enter opens one.</translation>
    </message>
    <message>
        <source>Nothing found for “{strip}”.</source>
        <translation>Nothing found for “{strip}”.</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <source>Kind of item</source>
        <translation>Kind of item</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Current item</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Time remaining</translation>
    </message>
    <message>
        <source>Progress through the item</source>
        <translation>Progress through the item</translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation>Timer state</translation>
    </message>
</context>
<context>
    <name>VisibilityChip</name>
    <message>
        <source>{value} (Alt+V to change)</source>
        <translation>{value} (Alt+V to change)</translation>
    </message>
</context>
<context>
    <name>WebDavDialog</name>
    <message>
        <source>Deliver to a WebDAV server</source>
        <translation>Deliver to a WebDAV server</translation>
    </message>
    <message>
        <source>Folder address</source>
        <translation>Folder address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Leave empty to keep the stored one</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The password goes to the system keyring, never to a file.</source>
        <translation>The password goes to the system keyring, never to a file.</translation>
    </message>
</context>
</TS>