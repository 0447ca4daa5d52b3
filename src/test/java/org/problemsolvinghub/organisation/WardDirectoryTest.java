package org.problemsolvinghub.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Every change to a plan shows its ward: the ward is read once, not at every change (issue #8, P3). */
class WardDirectoryTest {

    private final WardRepository repository = mock(WardRepository.class);
    private final WardDirectory directory = new WardDirectory(repository);

    @Test
    void aWardIsReadOnceAndThenComesFromMemory() {
        Ward foleshill = mock(Ward.class);
        when(repository.findById("foleshill")).thenReturn(Optional.of(foleshill));

        for (int change = 0; change < 5; change++) {
            assertThat(directory.find("foleshill")).containsSame(foleshill);
        }
        verify(repository, times(1)).findById("foleshill");
    }

    @Test
    void anUnknownWardIsNoWardAndNoCodeIsNoQuery() {
        when(repository.findById("atlantis")).thenReturn(Optional.empty());

        assertThat(directory.find("atlantis")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
        verify(repository, times(1)).findById("atlantis");
    }
}
