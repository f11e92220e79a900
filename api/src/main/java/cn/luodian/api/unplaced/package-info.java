/**
 * 待定位: reports whose location words give no single place (they fit several, name what the data
 * does not know, or are too vague), kept whole with the places the words could mean until a
 * dispatcher picks the spot on the map; the placed report then becomes a case. Nothing a caller
 * said is lost, and no case is placed on a guess.
 *
 * <p>Its face: {@link cn.luodian.api.unplaced.UnplacedReports} (record one from the hotline import
 * or Open311, list, place, discard). Values: {@link cn.luodian.api.unplaced.UnplacedReport},
 * {@link cn.luodian.api.unplaced.NewUnplaced}, {@link cn.luodian.api.unplaced.UnplacedState}.
 * Inside: the storage {@code UnplacedStore}; the HTTP API {@code UnplacedController}.
 */
package cn.luodian.api.unplaced;
