package se.samverkan.situation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.samverkan.account.Role;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/**
 * Who may see and change a situational picture: users of its municipality and of the parties that compiled it read
 * it, their coordinators change it, administrators do both. Everyone else is told it does not exist (404).
 */
@Component
class SituationAccess {

    private final SituationPictureRepository pictures;

    SituationAccess(SituationPictureRepository pictures) {
        this.pictures = pictures;
    }

    SituationPicture readable(SamverkanUser user, long pictureId) {
        SituationPicture picture = pictures.findById(pictureId)
                .orElseThrow(() -> new NotFoundException("Situational picture", pictureId));
        if (!mayRead(user, picture)) {
            throw new NotFoundException("Situational picture", pictureId);
        }
        return picture;
    }

    SituationPicture editable(SamverkanUser user, long pictureId) {
        SituationPicture picture = readable(user, pictureId);
        if (!mayEdit(user, picture)) {
            throw new AccessDeniedException("Only the parties' coordinators change a situational picture");
        }
        return picture;
    }

    static boolean mayRead(SamverkanUser user, SituationPicture picture) {
        return user.role() == Role.ADMIN || picture.partyIds().contains(user.organisationId());
    }

    static boolean mayEdit(SamverkanUser user, SituationPicture picture) {
        return user.role() == Role.ADMIN
                || user.role() == Role.COORDINATOR && picture.partyIds().contains(user.organisationId());
    }

    static boolean mayWrite(SamverkanUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.COORDINATOR;
    }
}
