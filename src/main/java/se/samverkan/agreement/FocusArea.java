package se.samverkan.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.common.TextInput;

@Entity
@Table(name = "focus_area")
class FocusArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private int position;
    private String title;
    private String description;

    @Version
    private long version;

    protected FocusArea() {
    }

    FocusArea(long agreementId, int position, FocusAreaCommand command) {
        this.agreementId = agreementId;
        this.position = position;
        change(command);
    }

    void change(FocusAreaCommand command) {
        this.title = command.title().strip();
        this.description = TextInput.strippedOrNull(command.description());
    }

    void moveTo(int position) {
        this.position = position;
    }

    FocusArea copyTo(long otherAgreementId) {
        return new FocusArea(otherAgreementId, position, new FocusAreaCommand(title, description, 0));
    }

    Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("position", String.valueOf(position));
        return fields;
    }

    FocusAreaView toView() {
        return new FocusAreaView(id, position, title, description, version);
    }

    Long getId() {
        return id;
    }

    long getAgreementId() {
        return agreementId;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    long getVersion() {
        return version;
    }
}
