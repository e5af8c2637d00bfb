package se.samverkan.situation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CitationRepository extends JpaRepository<Citation, Long> {

    List<Citation> findByPictureIdOrderById(long pictureId);

    List<Citation> findByPledgeId(long pledgeId);

    Optional<Citation> findByIdAndPictureId(long id, long pictureId);

    boolean existsByPictureIdAndFocusAreaId(long pictureId, long focusAreaId);

    boolean existsByPictureIdAndPledgeId(long pictureId, long pledgeId);
}
